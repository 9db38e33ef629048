package org.quire.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.quire.export.CodeChangeApplication;
import org.quire.markdown.SafeHtml;

/**
 * The Code Change Application as one HTML document, which the HTML writer styles and the PDF writer
 * lays out: cover and contents, summary of code changes, code descriptors, the sections in the
 * application's order and, when asked, the disposition of comments. Built from jsoup elements, so no
 * text of the application can become markup; the rendered HTML it reuses (sections, descriptors) is
 * Quire's own sanitized HTML, parsed and moved in as nodes, never unescaped.
 */
final class ApplicationHtml {

    static final String SUMMARY = "Summary of code changes";
    static final String DESCRIPTORS = "Code descriptors";
    static final String DISPOSITIONS = "Appendix: disposition of comments";

    private ApplicationHtml() {
    }

    static Document compose(CodeChangeApplication application) {
        var document = Document.createShell("");
        // pretty printing would put line breaks between inline elements, i.e. spaces into descriptor text
        document.outputSettings().prettyPrint(false);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "en");
        var head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title(application));
        var body = document.body();
        var cover = CoverHtml.append(body, application);
        CodeChangesHtml.append(body, application.descriptors());
        for (var section : application.inApplicationOrder()) {
            SectionHtml.append(body, section);
        }
        if (!application.dispositions().isEmpty()) {
            DispositionsHtml.append(body, application.dispositions());
        }
        ContentsHtml.append(cover, body);
        return document;
    }

    /** "TH-2026-001 Telemedicine visits …": the page's title, and the PDF's. */
    static String title(CodeChangeApplication application) {
        return application.proposalNumber() + " " + application.proposalTitle();
    }

    /** A part of the application: a section element labelled by its {@code h1}, which has the id. */
    static Element part(Element body, String id, String title) {
        var part = body.appendElement("section").addClass("part").attr("aria-labelledby", id);
        part.appendElement("h1").id(id).text(title);
        return part;
    }

    /** Sanitized HTML as nodes to move into the document: parsed as a body, so its text stays text. */
    static List<Node> nodes(SafeHtml html) {
        var body = Jsoup.parseBodyFragment(html.html()).body();
        return new ArrayList<>(body.childNodes());
    }

    /** An id made of letters, digits and dashes only, from any id value. */
    static String idPart(String value) {
        return value.replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
