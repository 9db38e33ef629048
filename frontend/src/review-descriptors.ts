// A "Comment" button on each descriptor's line of the rendered descriptor set (quire-descriptor-picked).
import { ADDED } from "./review-blocks";

export function watchDescriptors(root: HTMLElement): void {
  if (root.dataset.reviewComment === "false") {
    return; // the reader may not comment now: no buttons that would only be refused
  }
  const decorate = (): void => {
    root.querySelectorAll("li[data-descriptor-id]").forEach((item) => {
      const line = item.querySelector(":scope > .cpt-entry") ?? item;
      if (line.querySelector(":scope > .descriptor-comment")) {
        return;
      }
      const pick = document.createElement("button");
      pick.type = "button";
      pick.className = "descriptor-comment";
      pick.setAttribute(ADDED, "");
      pick.textContent = "Comment";
      const code = item.getAttribute("data-code") ?? "";
      pick.setAttribute("aria-label", code ? `Comment on descriptor ${code}` : "Comment on this descriptor");
      pick.addEventListener("click", () => root.dispatchEvent(new CustomEvent("quire-descriptor-picked", {
        detail: { id: item.getAttribute("data-descriptor-id"), code },
      })));
      line.appendChild(pick);
    });
  };
  decorate();
  new MutationObserver(decorate).observe(root, { childList: true, subtree: true });
}

