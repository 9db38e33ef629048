// Bundle entry: the reader's side of comments, driven by TextHighlights (comment/ui) through
// executeJs and DOM events. Loaded as a plain script, outside Vaadin's own bundle.
//
// The server keeps the Markdown and does every mapping between it and the rendered text; this
// script only reports what the page shows (each block's source position and own text, a
// selection's ends as offsets in that text) and paints what the server sends back. Nothing here
// parses HTML: every element is created with createElement and every text set as a text node, so
// no comment or suggestion can become markup.

const BLOCK = "[data-source-pos]";
const SECTION = "[data-review-section]";
/** Elements this script wrapped around the section's own text (highlights, suggested deletions). */
const PAINTED = "data-review-painted";
/** Elements this script added whose text is not the section's (suggested insertions, hidden labels). */
const ADDED = "data-review-added";
const SHORTCUT = "Ctrl+Alt+M";

interface Block {
  el: Element;
  pos: string;
  nodes: Text[];
}

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

/** Every block of a section in document order, each with the text nodes whose nearest block it is. */
function blocksOf(section: Element): Block[] {
  const elements = Array.from(section.querySelectorAll(BLOCK));
  const byElement = new Map<Element, Block>();
  for (const el of elements) {
    byElement.set(el, { el, pos: el.getAttribute("data-source-pos") ?? "", nodes: [] });
  }
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(`[${ADDED}]`)) {
      continue;
    }
    const block = parent.closest(BLOCK);
    if (block) {
      byElement.get(block)?.nodes.push(node as Text);
    }
  }
  return elements.map((el) => byElement.get(el)!);
}

function textOf(block: Block): string {
  return block.nodes.map((n) => n.data).join("");
}

// ---- reporting the blocks once the rendered Markdown is there (it may arrive later, through Push)

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

// ---- selection: the floating "Comment" button and its shortcut

interface Point {
  block: number;
  offset: number;
}

/** Where a boundary point falls in a section's blocks: inside a text node, or the nearest text beside it. */
function locate(blocks: Block[], node: Node, offset: number, isEnd: boolean): Point | null {
  const entries: { block: number; node: Text; base: number }[] = [];
  blocks.forEach((b, i) => {
    let base = 0;
    for (const n of b.nodes) {
      entries.push({ block: i, node: n, base });
      base += n.length;
    }
  });
  const direct = entries.find((e) => e.node === node);
  if (direct) {
    return { block: direct.block, offset: direct.base + Math.min(offset, direct.node.length) };
  }
  const point = document.createRange();
  point.setStart(node, offset);
  if (!isEnd) {
    const next = entries.find((e) => point.comparePoint(e.node, 0) >= 0);
    return next ? { block: next.block, offset: next.base } : null;
  }
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (point.comparePoint(e.node, e.node.length) <= 0) {
      return { block: e.block, offset: e.base + e.node.length };
    }
  }
  return null;
}

function sectionOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return (el?.closest(SECTION) as HTMLElement | null) ?? null;
}

/** The selection, when it is text within one section's rendered text. */
function currentSelection(): { section: HTMLElement; range: Range } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const section = sectionOf(range.startContainer);
  if (!section || section !== sectionOf(range.endContainer) || range.toString().trim() === "") {
    return null;
  }
  return { section, range };
}

function commentOnSelection(): boolean {
  const current = currentSelection();
  if (!current) {
    return false;
  }
  const { section, range } = current;
  const blocks = blocksOf(section);
  const start = locate(blocks, range.startContainer, range.startOffset, false);
  const end = locate(blocks, range.endContainer, range.endOffset, true);
  if (!start || !end) {
    return false;
  }
  const first = blocks[start.block];
  const last = blocks[end.block];
  section.dispatchEvent(new CustomEvent("quire-passage-selected", {
    detail: {
      startPos: first.pos, startText: textOf(first), startOffset: start.offset,
      endPos: last.pos, endText: textOf(last), endOffset: end.offset,
    },
  }));
  document.getSelection()?.removeAllRanges(); // the passage now shows as marked, the composer takes over
  hideButton();
  return true;
}

let button: HTMLButtonElement | null = null;
let placing = 0;

function installSelection(): void {
  if (button) {
    return;
  }
  button = document.createElement("button");
  button.type = "button";
  button.id = "comment-selection";
  button.className = "comment-selection-button";
  button.textContent = "Comment";
  button.title = `Comment on the selected passage (${SHORTCUT})`;
  button.setAttribute("aria-keyshortcuts", "Control+Alt+M");
  button.hidden = true;
  button.addEventListener("mousedown", (e) => e.preventDefault()); // keeps the selection
  button.addEventListener("click", () => commentOnSelection());
  document.body.appendChild(button);
  document.addEventListener("selectionchange", () => {
    cancelAnimationFrame(placing);
    placing = requestAnimationFrame(placeButton);
  });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === "KeyM" && commentOnSelection()) {
      e.preventDefault();
    }
  });
}

function placeButton(): void {
  const current = currentSelection();
  if (!button || !current) {
    hideButton();
    return;
  }
  const rects = current.range.getClientRects();
  const last = rects.length > 0 ? rects[rects.length - 1] : current.range.getBoundingClientRect();
  button.style.top = `${last.bottom + window.scrollY + 6}px`;
  button.style.left = `${Math.max(0, last.right + window.scrollX - 40)}px`;
  button.hidden = false;
}

function hideButton(): void {
  if (button) {
    button.hidden = true;
  }
}

// ---- painting highlights and suggested edits

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

function paint(section: HTMLElement, json: string): void {
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
function highlightActivated(section: HTMLElement, target: EventTarget | null, byKey: boolean): void {
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

function focus(thread: string): void {
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

// ---- descriptors: a "Comment" button on each descriptor's line

function watchDescriptors(root: HTMLElement): void {
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

declare global {
  interface Window {
    QuireReview?: object;
  }
}

window.QuireReview = { watchSection, paint, focus, watchDescriptors };
