package org.quire.markdown.internal;

import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes a sanitized body's content as HTML, exactly as jsoup writes it with pretty-printing off,
 * but copying runs of plain text at once: jsoup escapes and appends a character at a time, a tenth
 * of a rendering. It expects only what {@link HtmlSanitizer} leaves (allowed elements and
 * attributes, and text) and escapes as jsoup does: {@code & < >} and no-break spaces, in attribute
 * values also {@code "}, and control characters and lone surrogates as character references.
 */
final class SanitizedHtmlWriter implements NodeFilter {

    /** The allowed elements that are void in HTML: no content, no end tag. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input");
    /** Attributes HTML reads as true when present; written without a value when it is empty or their name. */
    private static final Set<String> BOOLEAN = Set.of("checked", "disabled", "open");

    /** By ASCII code: the characters {@link #escape} may replace (the quote only in attribute values). */
    private static final boolean[] ESCAPED_ASCII = new boolean[128];

    static {
        for (char c = 0; c < ' '; c++) {
            ESCAPED_ASCII[c] = c != '\t' && c != '\n' && c != '\r';
        }
        for (char c : "&<>\"".toCharArray()) {
            ESCAPED_ASCII[c] = true;
        }
    }

    private final Element root;
    private final StringBuilder html;

    private SanitizedHtmlWriter(Element root, StringBuilder html) {
        this.root = root;
        this.html = html;
    }

    static String contentOf(Element body, int expectedLength) {
        var html = new StringBuilder(expectedLength);
        NodeTraversor.filter(new SanitizedHtmlWriter(body, html), body);
        return html.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            escape(text.getWholeText(), false);
        } else if (node instanceof Element element && node != root) {
            html.append('<').append(name(element.tagName()));
            for (Attribute attribute : element.attributes()) {
                writeAttribute(attribute.getKey(), attribute.getValue());
            }
            html.append('>');
            if (VOID.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY; // no end tag
            }
            if (element.normalName().equals("pre") && element.firstChild() instanceof TextNode first
                    && (first.getWholeText().startsWith("\n") || first.getWholeText().startsWith("\r"))) {
                html.append('\n'); // a parser drops the first line break of a pre; this one keeps the text's
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && node != root) {
            html.append("</").append(element.tagName()).append('>');
        }
        return FilterResult.CONTINUE;
    }

    private void writeAttribute(String key, String value) {
        html.append(' ').append(name(key));
        if (!BOOLEAN.contains(key) || !value.isEmpty() && !value.equalsIgnoreCase(key)) {
            html.append("=\"");
            escape(value, true);
            html.append('"');
        }
    }

    /**
     * The allow-list holds only plain names; anything else means it has changed in a way this writer
     * was not made for, so it stops rather than write a name it has not checked.
     */
    private static String name(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                throw new IllegalStateException("not a plain element or attribute name: " + name);
            }
        }
        return name;
    }

    private void escape(String text, boolean inAttribute) {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? !ESCAPED_ASCII[c] : c != '\u00A0' && !Character.isSurrogate(c)) {
                continue; // nearly everything: copied with the run it is in
            }
            String escaped = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00A0' -> "&nbsp;";
                case '"' -> inAttribute ? "&quot;" : null;
                default -> isControl(c) || Character.isSurrogate(c) && !isPaired(text, i)
                        ? Entities.escape(String.valueOf(c)) // a character reference, as jsoup writes them
                        : null;
            };
            if (escaped != null) {
                html.append(text, copied, i).append(escaped);
                copied = i + 1;
            } else if (Character.isHighSurrogate(c)) {
                i++; // the pair's second half is text too
            }
        }
        html.append(text, copied, text.length());
    }

    private static boolean isControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isPaired(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
