package org.quire.markdown.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Allow-list sanitizing of the rendered HTML (jsoup): the last step before HTML may reach a
 * page, whatever flexmark or raw HTML in the Markdown produced. Measured in STACK.md: flexmark's
 * own escaping still let case-varied and entity-encoded {@code javascript:} links through.
 * <p>
 * The parsed document is reduced in place, in one walk: an element not on the {@link MarkdownSafelist}
 * is replaced by its content (or removed with it, see {@link #REMOVED_WITH_CONTENT}), an attribute not
 * on it is removed, and everything but elements and text (comments, script data, processing
 * instructions) is dropped. It removes what jsoup's copying Cleaner removed with the same list, without
 * building a second document. Source positions arrive under flexmark's short name for them
 * ({@link SourcePositions#WRITTEN_AS}) and leave under their own, after the same check.
 */
final class HtmlSanitizer {

    /**
     * Elements removed with everything in them, not just unwrapped: their content is script, style,
     * another document, or raw text that would show the page's own markup as text.
     */
    static final Set<String> REMOVED_WITH_CONTENT = Set.of("applet", "embed", "iframe", "math", "noembed",
            "noframes", "noscript", "object", "plaintext", "script", "select", "style", "svg", "template", "textarea",
            "title", "xmp");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** The sanitized body, to serialize, and its headings in document order. */
    record Sanitized(Element body, List<Element> headings) {
    }

    private final MarkdownSafelist safelist = new MarkdownSafelist();

    /** The HTML parsed as the content of a body, as a browser would read it. */
    Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** Reduces the document's body to allowed elements, attributes and values; the document is changed. */
    Sanitized sanitize(Document document) {
        Element body = document.body();
        var headings = new ArrayList<Element>();
        var pending = new ArrayDeque<Element>();
        pending.push(body);
        while (!pending.isEmpty()) { // a loop, not recursion: the depth is the document's
            Element element = pending.pop();
            if (element != body) {
                keepAllowedAttributes(element);
                if (HEADINGS.contains(element.normalName())) {
                    headings.add(element);
                }
            }
            keepAllowedChildren(element);
            for (int i = element.childNodeSize() - 1; i >= 0; i--) { // first child on top: document order
                if (element.childNode(i) instanceof Element child) {
                    pending.push(child);
                }
            }
        }
        return new Sanitized(body, headings);
    }

    private void keepAllowedAttributes(Element element) {
        String tag = element.normalName();
        Attributes attributes = element.attributes();
        List<String> unsafe = null;
        for (Attribute attribute : attributes) {
            String key = attribute.getKey();
            if (key.equals(SourcePositions.WRITTEN_AS) && !attributes.hasKey(SourcePositions.ATTRIBUTE)) {
                attribute.setKey(SourcePositions.ATTRIBUTE); // then checked as one, and written where it was
            }
            if (!safelist.isSafeAttribute(tag, attribute)) {
                unsafe = unsafe == null ? new ArrayList<>(2) : unsafe;
                unsafe.add(attribute.getKey());
            } else if (!attribute.hasDeclaredValue()) {
                attribute.setValue(""); // written out as title="", as jsoup's Cleaner left it
            }
        }
        if (unsafe != null) {
            unsafe.forEach(attributes::remove); // jsoup's attribute iterator cannot remove
        }
        for (Attribute enforced : safelist.enforcedAttributes(tag)) {
            attributes.removeIgnoreCase(enforced.getKey());
            attributes.put(enforced.getKey(), enforced.getValue());
        }
    }

    /** Usually a look at each child and no change: only raw HTML makes children go. */
    private void keepAllowedChildren(Element parent) {
        for (int i = 0; i < parent.childNodeSize(); i++) {
            Node child = parent.childNode(i);
            boolean allowed = child instanceof Element element ? safelist.isSafeTag(element.normalName())
                    : child instanceof TextNode && !(child instanceof CDataNode);
            if (!allowed) {
                replaceChildren(parent);
                return;
            }
        }
    }

    /**
     * Rebuilds the child list in one pass: removing nodes one at a time shifts and renumbers their
     * siblings each time, quadratic in a paragraph of thousands of raw tags. Unwrapped content is
     * looked at as it moves up, so disallowed elements nested in disallowed ones go too. Script and
     * style data never sits in an allowed element, so it is dropped wherever it is.
     */
    private void replaceChildren(Element parent) {
        var kept = new ArrayList<Node>(parent.childNodeSize());
        var todo = new ArrayDeque<Node>();
        detachChildren(parent, todo);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof Element element) {
                String name = element.normalName();
                if (safelist.isSafeTag(name)) {
                    kept.add(element);
                } else if (!REMOVED_WITH_CONTENT.contains(name)) {
                    detachChildren(element, todo); // unwrapped: its content takes its place
                }
            } else if (node instanceof CDataNode data) {
                kept.add(new TextNode(data.getWholeText())); // written out as text, never as markup
            } else if (node instanceof TextNode) {
                kept.add(node);
            }
        }
        parent.appendChildren(kept);
    }

    /** Queues the children, first on top, and detaches them all at once. */
    private static void detachChildren(Element element, Deque<Node> todo) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            todo.push(element.childNode(i));
        }
        element.empty();
    }
}
