package org.quire.export.internal;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.quire.export.CodeChangeApplication;

/**
 * What only the PDF has on top of the shared document: the page style sheet, the marking's notice as
 * the running header of every page, and bookmarks (the PDF's outline) to each part.
 */
final class PdfPages {

    /** The running element {@code application-pdf.css} puts at the top of every page. */
    static final String NOTICE_CLASS = "page-notice";

    private PdfPages() {
    }

    static void prepare(Document document, CodeChangeApplication application) {
        var head = document.head();
        head.appendElement("style").appendChild(new DataNode(ApplicationStyles.pdf()));
        var bookmarks = head.appendElement("bookmarks");
        bookmarks.appendElement("bookmark").attr("name", "Cover").attr("href", "#title");
        for (var heading : document.body().select("section.part > h1[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
        // first in the body, so the header is set from the first page on
        document.body().prependElement("div").addClass(NOTICE_CLASS).text(application.marking().notice());
    }
}
