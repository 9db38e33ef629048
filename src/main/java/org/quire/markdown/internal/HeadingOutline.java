package org.quire.markdown.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.quire.markdown.Heading;

/**
 * Reads the headings from the sanitized document, so every anchor is an id that really is in the
 * HTML; a heading written as raw HTML gets an id here.
 */
final class HeadingOutline {

    private HeadingOutline() {
    }

    static List<Heading> of(HtmlSanitizer.Sanitized sanitized) {
        var headings = new ArrayList<Heading>();
        for (Element heading : sanitized.headings()) {
            if (heading.id().isEmpty()) {
                heading.id(unusedId(sanitized.body(), headings.size() + 1));
            }
            headings.add(new Heading(heading.normalName().charAt(1) - '0', heading.text(), heading.id()));
        }
        return headings;
    }

    /** Rare (headings written as raw HTML), so looking through the document for a clash is affordable. */
    private static String unusedId(Element body, int number) {
        for (int n = number; ; n++) {
            String id = MarkdownSafelist.ID_PREFIX + "section-" + n;
            if (body.getElementById(id) == null) {
                return id;
            }
        }
    }
}
