package org.quire.comment.ui;

import com.microsoft.playwright.Page;

/** What the reader's highlights show, read from the page. */
final class Highlights {

    /**
     * The words the elements matching {@code selector} wrap, without the labels only screen readers
     * read; pieces in one block run together, blocks are separated by {@code |}.
     */
    private static final String TEXT = """
            selector => {
              const blocks = [];
              let current = null;
              for (const el of document.querySelectorAll(selector)) {
                const block = el.closest('[data-source-pos]');
                const copy = el.cloneNode(true);
                copy.querySelectorAll('[data-review-added]').forEach(e => e.remove());
                if (block !== current) {
                  blocks.push('');
                  current = block;
                }
                blocks[blocks.length - 1] += copy.textContent;
              }
              return blocks.join('|');
            }
            """;

    private Highlights() {
    }

    static String text(Page page, String selector) {
        return (String) page.evaluate(TEXT, selector);
    }
}
