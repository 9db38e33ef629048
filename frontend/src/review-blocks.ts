// The section's blocks as the server knows them: each element with a source position and the text
// nodes whose nearest such element it is (its "own text"), the unit every offset refers to.

export const BLOCK = "[data-source-pos]";
export const SECTION = "[data-review-section]";
/** Elements this script wrapped around the section's own text (highlights, suggested deletions). */
export const PAINTED = "data-review-painted";
/** Elements this script added whose text is not the section's (suggested insertions, hidden labels). */
export const ADDED = "data-review-added";

export interface Block {
  el: Element;
  pos: string;
  nodes: Text[];
}

/** Every block of a section in document order, each with the text nodes whose nearest block it is. */
export function blocksOf(section: Element): Block[] {
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

export function textOf(block: Block): string {
  return block.nodes.map((n) => n.data).join("");
}

