// The floating "Comment" button by a selection in a section's rendered text, and its shortcut:
// reports the selection's ends as offsets in its blocks' own text (quire-passage-selected).
import { Block, SECTION, blocksOf, textOf } from "./review-blocks";

const SHORTCUT = "Ctrl+Alt+M";

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
  if (!section || section !== sectionOf(range.endContainer) || range.toString().trim() === ""
      || section.dataset.reviewComment === "false") {
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

export function installSelection(): void {
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

