package org.quire.descriptor.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.quire.markdown.SafeHtml;

/**
 * Where rendered descriptors are built: jsoup elements whose text and attribute values jsoup escapes
 * on output, so no descriptor text, note or code can become markup. Nothing here parses HTML.
 */
public final class HtmlTree {

    private final Element root;

    public HtmlTree(String rootClass) {
        var document = new Document("");
        // pretty printing would put line breaks between inline elements, i.e. spaces into descriptor text
        document.outputSettings().prettyPrint(false);
        root = document.appendElement("div").addClass(rootClass);
    }

    public Element root() {
        return root;
    }

    public SafeHtml html() {
        return new SafeHtml(root.outerHtml());
    }

    /** Text only a screen reader reads, such as "new code" for ●. */
    public static Element hidden(Element parent, String text) {
        return parent.appendElement("span").addClass("visually-hidden").text(text);
    }

    /** A mark only the eye reads; its meaning is given by {@link #hidden} text beside it. */
    public static Element shown(Element parent, String text) {
        return parent.appendElement("span").attr("aria-hidden", "true").text(text);
    }
}
