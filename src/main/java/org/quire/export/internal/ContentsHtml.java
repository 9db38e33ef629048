package org.quire.export.internal;

import org.jsoup.nodes.Element;

/** The table of contents under the cover: a link to each part's heading, in the order they come. */
final class ContentsHtml {

    static final String HEADING_ID = "contents";

    private ContentsHtml() {
    }

    static void append(Element cover, Element body) {
        var nav = cover.appendElement("nav").addClass("contents").attr("aria-labelledby", HEADING_ID);
        nav.appendElement("h2").id(HEADING_ID).text("Contents");
        var list = nav.appendElement("ol");
        for (var heading : body.select("section.part > h1[id]")) {
            list.appendElement("li").appendElement("a").attr("href", "#" + heading.id()).text(heading.text());
        }
    }
}
