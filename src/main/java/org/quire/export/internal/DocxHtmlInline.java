package org.quire.export.internal;

import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.export.internal.DocxRuns.Format;

/**
 * The inline content of rendered section HTML as the runs of one paragraph: emphasis, struck,
 * underlined and code text, links, line breaks, and the ▶ ◀ passage marks as the characters
 * themselves (their spans carry only labels for screen readers). Whitespace collapses as a browser
 * collapses it, so the Markdown's soft line breaks read as spaces.
 */
final class DocxHtmlInline {

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final XWPFParagraph paragraph;
    /** Whether what came last ends in a space (or nothing came yet), so a leading space is dropped. */
    private boolean afterSpace = true;
    private @Nullable XWPFRun last;

    DocxHtmlInline(XWPFParagraph paragraph) {
        this.paragraph = paragraph;
    }

    XWPFParagraph paragraph() {
        return paragraph;
    }

    void children(Element element, Format format) {
        for (var child : element.childNodes()) {
            append(child, format);
        }
    }

    void append(Node node, Format format) {
        if (node instanceof TextNode text) {
            text(text.getWholeText(), format);
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments and the like
        }
        switch (element.normalName()) {
            case "strong", "b" -> children(element, format.withBold());
            case "em", "i", "cite", "var", "dfn" -> children(element, format.withItalic());
            case "del", "s", "strike" -> children(element, format.withStruck());
            case "ins", "u" -> children(element, format.withUnderlined());
            case "code", "kbd", "samp", "tt" -> children(element, format.withCode());
            case "sub" -> children(element, format.at(VerticalAlign.SUBSCRIPT));
            case "sup" -> children(element, format.at(VerticalAlign.SUPERSCRIPT));
            case "mark" -> children(element, format.withHighlight());
            case "br" -> lineBreak();
            case "a" -> link(element, format);
            case "img" -> text("[image" + (element.attr("alt").isBlank() ? "" : ": " + element.attr("alt")) + "]",
                    format.withItalic());
            case "input" -> text(element.hasAttr("checked") ? "☒ " : "☐ ", format);
            case "q" -> {
                text("“", format);
                children(element, format);
                text("”", format);
            }
            default -> children(element, format); // span (a passage mark among them), abbr, small, ...
        }
    }

    /** Drops the space the paragraph ends with, if it does. */
    void finish() {
        if (last != null && afterSpace) {
            var text = last.getText(0);
            if (text != null && text.endsWith(" ")) {
                last.setText(text.stripTrailing(), 0);
            }
        }
    }

    private void text(String raw, Format format) {
        var text = WHITESPACE.matcher(raw).replaceAll(" ");
        // a no-break space after a space (as after a task's box) would read as two
        if (afterSpace && (text.startsWith(" ") || text.startsWith("\u00A0"))) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return;
        }
        last = DocxRuns.text(paragraph, text, format);
        afterSpace = text.endsWith(" ");
    }

    private void lineBreak() {
        finish();
        paragraph.createRun().addBreak();
        afterSpace = true;
        last = null;
    }

    /** A heading's own anchor link is left out; a link within the page keeps only its text. */
    private void link(Element link, Format format) {
        var href = link.attr("href");
        if (link.hasClass("anchor") && link.text().isBlank()) {
            return;
        }
        if (href.isBlank() || href.startsWith("#")) {
            children(link, format);
            return;
        }
        var text = WHITESPACE.matcher(link.text()).replaceAll(" ").strip();
        DocxRuns.link(paragraph, text, href, format);
        last = null;
        afterSpace = false;
    }
}
