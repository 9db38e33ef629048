package org.quire.markdown;

import java.util.List;

/**
 * Markdown rendered to safe HTML, with its headings in document order. Block elements in the HTML
 * carry {@code data-source-pos="start-end"}: character offsets into the Markdown source.
 */
public record RenderedMarkdown(SafeHtml html, List<Heading> headings) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
    }
}
