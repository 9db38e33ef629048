// Bundle entry: the reader's side of comments, driven by TextHighlights (comment/ui) through
// executeJs and DOM events. Loaded as a plain script, outside Vaadin's own bundle.
//
// The server keeps the Markdown and does every mapping between it and the rendered text; this
// script only reports what the page shows (each block's source position and own text, a
// selection's ends as offsets in that text) and paints what the server sends back. Nothing here
// parses HTML: every element is created with createElement and every text set as a text node, so
// no comment or suggestion can become markup.

import { blocksOf, textOf } from "./review-blocks";
import { watchDescriptors } from "./review-descriptors";
import { focus, highlightActivated, paint } from "./review-paint";
import { installSelection } from "./review-selection";

/** Reports a section's blocks once its rendered Markdown is there (it may arrive later, through Push). */
function watchSection(section: HTMLElement): void {
  const report = (): boolean => {
    const blocks = blocksOf(section);
    if (blocks.length === 0) {
      return false;
    }
    section.dispatchEvent(new CustomEvent("quire-blocks", {
      detail: { blocks: blocks.map((b) => ({ pos: b.pos, text: textOf(b) })) },
    }));
    return true;
  };
  if (!report()) {
    const observer = new MutationObserver(() => {
      if (report()) {
        observer.disconnect();
      }
    });
    observer.observe(section, { childList: true, subtree: true });
  }
  section.addEventListener("click", (e) => highlightActivated(section, e.target, false));
  section.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === " ") && e.target instanceof Element && e.target.hasAttribute("data-thread-id")) {
      e.preventDefault();
      highlightActivated(section, e.target, true);
    }
  });
  installSelection();
}

declare global {
  interface Window {
    QuireReview?: object;
  }
}

window.QuireReview = { watchSection, paint, focus, watchDescriptors };
