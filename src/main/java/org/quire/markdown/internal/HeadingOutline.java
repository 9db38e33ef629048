package org.quire.markdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.markdown.Heading;

/**
 * Reads the headings from the sanitized document, so every anchor is an id that really is in the
 * HTML; a heading written as raw HTML gets an id here.
 */
final class HeadingOutline {

    private HeadingOutline() {
    }

    static List<Heading> of(Document sanitized) {
        var headings = new ArrayList<Heading>();
        for (Element heading : sanitized.body().select("h1, h2, h3, h4, h5, h6")) {
            if (heading.id().isEmpty()) {
                heading.id(MarkdownSafelist.ID_PREFIX + "heading-" + (headings.size() + 1));
            }
            headings.add(new Heading(heading.normalName().charAt(1) - '0', heading.text(), heading.id()));
        }
        return headings;
    }
}
