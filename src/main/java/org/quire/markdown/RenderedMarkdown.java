package org.quire.markdown;

import java.util.List;

/**
 * Markdown rendered to safe HTML, with its headings in document order.
 * <p>
 * Block elements (paragraphs, headings, list items, quotes, code blocks, tables, rows, cells) carry
 * {@code data-source-pos="start-end"}: character offsets into the Markdown source, end exclusive,
 * so a selection in the page can be mapped back to the source. Treat them as hints: raw HTML in the
 * Markdown may carry the attribute too (only digits get through), so check the quoted text.
 */
public record RenderedMarkdown(SafeHtml html, List<Heading> headings) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
    }
}
