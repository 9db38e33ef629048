package org.quire.comment.ui;

import com.microsoft.playwright.Page;

/** Selecting text in the reader view as a person does, by setting a DOM selection over words. */
final class ReaderSelection {

    /**
     * Selects from the first occurrence of {@code startWords} to the end of the first occurrence of
     * {@code endWords} after it, in the text of the element {@code selector} (its text nodes in order,
     * the way the words read on the page).
     */
    private static final String SELECT = """
            ([selector, startWords, endWords]) => {
              const root = document.querySelector(selector);
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              const nodes = [];
              let text = '';
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                nodes.push({ node: n, base: text.length });
                text += n.data;
              }
              const start = text.indexOf(startWords);
              const end = text.indexOf(endWords, start) + endWords.length;
              if (start < 0 || end < endWords.length) throw new Error('not on the page: ' + startWords + ' ... ' + endWords);
              const at = (offset, isEnd) => {
                const hit = nodes.filter(e => isEnd ? e.base < offset && offset <= e.base + e.node.length
                                                    : e.base <= offset && offset < e.base + e.node.length)[0];
                return [hit.node, offset - hit.base];
              };
              const range = document.createRange();
              range.setStart(...at(start, false));
              range.setEnd(...at(end, true));
              const selection = document.getSelection();
              selection.removeAllRanges();
              selection.addRange(range);
            }
            """;

    private ReaderSelection() {
    }

    static void select(Page page, String selector, String startWords, String endWords) {
        page.evaluate(SELECT, new Object[] {selector, startWords, endWords});
    }
}
