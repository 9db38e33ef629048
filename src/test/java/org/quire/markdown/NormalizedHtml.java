package org.quire.markdown;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML reduced to what CommonMark conformance is about, so the spec's expected HTML and Quire's
 * output compare equal when they mean the same:
 * <ul>
 * <li>both are parsed by jsoup, so entities, quoting, {@code <br />} against {@code <br>} and
 * attribute order stop mattering (attributes are sorted);</li>
 * <li>whitespace outside {@code <pre>} collapses to one space and disappears next to block tags,
 * as in the spec's own normalizer (commonmark/spec test/normalize.py);</li>
 * <li>what Quire adds on purpose is taken out of its output: {@code data-source-pos}, the heading
 * ids with their anchor links, {@code rel} on links, and the {@code md-} prefix of ids and in-page
 * links.</li>
 * </ul>
 * Nothing else is normalized: a removed tag, attribute or link target still counts as a difference.
 */
final class NormalizedHtml {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    private NormalizedHtml() {
    }

    static String ofSpec(String html) {
        return normalize(Jsoup.parseBodyFragment(html).body());
    }

    static String ofQuire(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("a.anchor").remove();
        body.select("[data-source-pos]").removeAttr("data-source-pos");
        body.select("a[rel]").removeAttr("rel");
        body.select("h1, h2, h3, h4, h5, h6").removeAttr("id");
        for (Element withId : body.select("[id^=md-]")) {
            withId.id(withId.id().substring(MarkdownSafelistPrefix.LENGTH));
        }
        for (Element link : body.select("a[href^=#md-]")) {
            link.attr("href", "#" + link.attr("href").substring(1 + MarkdownSafelistPrefix.LENGTH));
        }
        return normalize(body);
    }

    /** The id prefix the sanitizer adds ({@code md-}); kept here so this test needs no internal type. */
    private static final class MarkdownSafelistPrefix {
        static final int LENGTH = "md-".length();
    }

    private static String normalize(Element body) {
        var out = new StringBuilder();
        for (Node child : body.childNodes()) {
            append(child, out, false);
        }
        return out.toString()
                .replaceAll("\\s*(</?(?:" + String.join("|", BLOCK_TAGS) + ")(?:\\s[^>]*)?>)\\s*", "$1")
                .strip();
    }

    private static void append(Node node, StringBuilder out, boolean preformatted) {
        if (node instanceof TextNode text) {
            String escaped = Entities.escape(text.getWholeText());
            out.append(preformatted ? escaped : escaped.replaceAll("\\s+", " "));
        } else if (node instanceof Element element) {
            out.append('<').append(element.normalName());
            StreamSupport.stream(element.attributes().spliterator(), false)
                    .sorted(Comparator.comparing(Attribute::getKey))
                    .forEach(attribute -> out.append(' ').append(attribute.getKey()).append("=\"")
                            .append(Entities.escape(attribute.getValue())).append('"'));
            out.append('>');
            boolean pre = preformatted || element.normalName().equals("pre");
            for (Node child : element.childNodes()) {
                append(child, out, pre);
            }
            if (!element.tag().isSelfClosing() && !element.tag().isEmpty()) {
                out.append("</").append(element.normalName()).append('>');
            }
        }
    }
}
