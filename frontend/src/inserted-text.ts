import { tags } from "@lezer/highlight";
import type { InlineContext, MarkdownConfig } from "@lezer/markdown";

// Quire renders ++text++ as inserted text (flexmark's "ins" extension); CodeMirror's Markdown
// parser knows only ~~deleted~~ text, so this teaches it the other half for highlighting.

const PLUS = 43;
const INSERTED = { resolve: "Inserted", mark: "InsertedMark" };

function isBlank(cx: InlineContext, pos: number): boolean {
  const code = cx.char(pos);
  return code < 0 || /\s/.test(String.fromCharCode(code));
}

export const insertedText: MarkdownConfig = {
  defineNodes: [
    { name: "Inserted", style: { "Inserted/...": tags.inserted } },
    { name: "InsertedMark", style: tags.processingInstruction },
  ],
  parseInline: [
    {
      name: "Inserted",
      parse(cx, next, pos) {
        const isPair = next === PLUS && cx.char(pos + 1) === PLUS;
        if (!isPair || cx.char(pos - 1) === PLUS || cx.char(pos + 2) === PLUS) {
          return -1;
        }
        return cx.addDelimiter(INSERTED, pos, pos + 2, !isBlank(cx, pos + 2), !isBlank(cx, pos - 1));
      },
      after: "Emphasis",
    },
  ],
};
