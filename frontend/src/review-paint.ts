// Painting the server's marks over the section's own text (highlights, suggested edits as
// del+ins, the passage being commented on), clicking them, and the one in focus.
import { ADDED, Block, PAINTED, blocksOf } from "./review-blocks";

/** One stretch of a block's own text, as the server mapped it (with the words it must read). */
interface Piece {
  block: number;
  pos: string;
  from: number;
  to: number;
  text: string;
}

interface Mark {
  thread: string;
  kind: "comment" | "suggestion" | "pending";
  replacement?: string;
  pieces: Piece[];
}

function unpaint(section: Element): void {
  section.querySelectorAll(`[${ADDED}]`).forEach((el) => el.remove());
  section.querySelectorAll(`[${PAINTED}]`).forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
  section.normalize();
}

function hidden(text: string): HTMLElement {
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.setAttribute(ADDED, "");
  label.textContent = text;
  return label;
}

/** Wraps characters from–to of a block's own text, node by node; returns the wrappers in order. */
function wrap(section: Element, block: Block, piece: Piece, make: () => HTMLElement): HTMLElement[] {
  const nodes = blocksOf(section).find((b) => b.el === block.el)?.nodes ?? [];
  if (nodes.map((n) => n.data).join("").slice(piece.from, piece.to) !== piece.text) {
    return []; // the page shows something else than the server mapped: paint nothing rather than the wrong words
  }
  const wrappers: HTMLElement[] = [];
  let base = 0;
  for (const node of nodes) {
    const length = node.length;
    const from = Math.max(piece.from - base, 0);
    const to = Math.min(piece.to - base, length);
    if (from < to) {
      if (to < length) {
        node.splitText(to);
      }
      const inside = from > 0 ? node.splitText(from) : node;
      const wrapper = make();
      inside.parentNode!.insertBefore(wrapper, inside);
      wrapper.appendChild(inside);
      wrappers.push(wrapper);
    }
    base += length;
  }
  return wrappers;
}

export function paint(section: HTMLElement, json: string): void {
  const marks = JSON.parse(json) as Mark[];
  unpaint(section);
  const blocks = blocksOf(section);
  for (const mark of marks) {
    const make = (): HTMLElement => {
      const el = document.createElement(mark.kind === "suggestion" ? "del" : "mark");
      el.className = mark.kind === "suggestion" ? "comment-highlight suggested-deletion"
        : mark.kind === "pending" ? "comment-highlight pending" : "comment-highlight";
      el.setAttribute(PAINTED, "");
      el.setAttribute("data-thread-id", mark.thread);
      return el;
    };
    const wrappers: HTMLElement[] = [];
    for (const piece of mark.pieces) {
      const block = blocks[piece.block];
      if (block && block.pos === piece.pos) {
        wrappers.push(...wrap(section, block, piece, make));
      }
    }
    if (wrappers.length === 0) {
      continue;
    }
    const first = wrappers[0];
    if (mark.kind === "pending") {
      first.prepend(hidden("Passage to comment on: "));
      continue;
    }
    first.tabIndex = 0;
    first.title = "Show the comments on this passage (Enter)";
    if (mark.kind === "comment") {
      first.prepend(hidden("Commented passage: "));
    } else {
      first.prepend(hidden("Suggested deletion: "));
      const inserted = document.createElement("ins");
      inserted.className = "comment-highlight suggested-insertion";
      inserted.setAttribute(ADDED, "");
      inserted.setAttribute("data-thread-id", mark.thread);
      inserted.append(hidden("Suggested insertion: "), document.createTextNode(mark.replacement ?? ""));
      wrappers[wrappers.length - 1].after(inserted);
    }
  }
  if (pendingFocus) {
    focus(pendingFocus);
  }
}

// ---- clicking a highlight, and showing the one in focus

let lastClicked: { target: EventTarget | null; index: number } = { target: null, index: 0 };

/** The thread of the highlight clicked; clicking again where passages overlap goes to the next one out. */
export function highlightActivated(section: HTMLElement, target: EventTarget | null, byKey: boolean): void {
  if (!(target instanceof Element)) {
    return;
  }
  const threads: string[] = [];
  for (let el = target.closest("[data-thread-id]"); el && section.contains(el);
    el = el.parentElement?.closest("[data-thread-id]") ?? null) {
    const id = el.getAttribute("data-thread-id")!;
    if (!threads.includes(id) && !el.classList.contains("pending")) {
      threads.push(id);
    }
  }
  if (threads.length === 0) {
    return;
  }
  const index = !byKey && lastClicked.target === target ? (lastClicked.index + 1) % threads.length : 0;
  lastClicked = { target, index };
  focus(threads[index]); // shown at once; the margin then opens the thread
  section.dispatchEvent(new CustomEvent("quire-highlight-clicked", { detail: { thread: threads[index] } }));
}

let pendingFocus: string | null = null;

export function focus(thread: string): void {
  document.querySelectorAll(".comment-highlight.focused").forEach((el) => el.classList.remove("focused"));
  const painted = Array.from(document.querySelectorAll(".comment-highlight[data-thread-id]"))
    .filter((el) => el.getAttribute("data-thread-id") === thread);
  if (painted.length === 0) {
    pendingFocus = thread; // not painted yet: shown when it is
    return;
  }
  pendingFocus = null;
  painted.forEach((el) => el.classList.add("focused"));
  painted[0].scrollIntoView({ block: "center" });
}

