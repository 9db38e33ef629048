package org.quire.markdown.internal;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;

/**
 * The allow-list {@link HtmlSanitizer} applies: the elements flexmark renders plus a few harmless
 * ones people write by hand (sub, sup, u, kbd, details), no scripting, styling, forms, frames, embeds
 * or SVG. Beyond tag and attribute names it checks values: link schemes, ids (prefixed against DOM
 * clobbering), class names (only the pipeline's own), source positions (digits only) and a span's
 * role, label and title (only those of a {@link PassageMarks passage mark}).
 * <p>
 * Plain sets rather than jsoup's Safelist tables: its lookups allocate on every attribute, and the
 * sanitizer is on the path of every rendering.
 */
final class MarkdownSafelist {

    /** Prefixed ids can never shadow a global or a form property, or collide with the app's ids. */
    static final String ID_PREFIX = "md-";

    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code",
            "dd", "del", "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
            "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
            "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var");
    private static final Set<String> ON_ALL_TAGS = Set.of("id", "class", SourcePositions.ATTRIBUTE);
    private static final Map<String, Set<String>> ON_TAG = Map.of(
            "a", Set.of("href", "title", "aria-label"),
            "img", Set.of("src", "alt", "title", "width", "height"),
            "abbr", Set.of("title"),
            "ol", Set.of("start", "type"),
            "th", Set.of("align", "colspan", "rowspan"),
            "td", Set.of("align", "colspan", "rowspan"),
            "details", Set.of("open"),
            "input", Set.of("checked"),
            "span", Set.of("role", "aria-label", "title"));
    // added to every such element; task-list boxes show state and are never a control to use
    private static final Map<String, Attributes> ENFORCED = Map.of(
            "a", new Attributes().put("rel", "nofollow noopener noreferrer"),
            "input", new Attributes().put("type", "checkbox").put("disabled", "disabled"));
    private static final Attributes NONE = new Attributes();

    private static final Set<String> CLASSES = Set.of("anchor", "footnotes", "footnote-ref", "footnote-backref",
            "task-list-item", "task-list-item-checkbox", PassageMarks.CLASS);
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-\\S{1,40}");

    boolean isSafeTag(String tag) {
        return TAGS.contains(tag);
    }

    /** Whether the attribute may stay on an element of this (safe) tag; may rewrite its value to make it so. */
    boolean isSafeAttribute(String tagName, Attribute attribute) {
        String name = attribute.getKey();
        if (!ON_ALL_TAGS.contains(name) && !ON_TAG.getOrDefault(tagName, Set.of()).contains(name)) {
            return false;
        }
        return switch (name) {
            case "href" -> safeLink(attribute);
            case "src" -> UrlSchemeCheck.allows(attribute.getValue());
            case "id" -> prefixId(attribute);
            case "class" -> keepPipelineClasses(attribute);
            case SourcePositions.ATTRIBUTE -> isRange(attribute.getValue());
            default -> !tagName.equals("span") || PassageMarks.allowsOnSpan(name, attribute.getValue());
        };
    }

    /** Shared by all renderings: read it, never change it. */
    Attributes enforcedAttributes(String tagName) {
        return ENFORCED.getOrDefault(tagName, NONE);
    }

    /** {@code start-end}, both up to 9 digits: all a source position may say. */
    private static boolean isRange(String value) {
        int dash = value.indexOf('-');
        if (dash <= 0 || dash > 9 || value.length() - dash - 1 <= 0 || value.length() - dash - 1 > 9) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (i != dash && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean safeLink(Attribute attribute) {
        String url = attribute.getValue();
        if (!UrlSchemeCheck.allows(url)) {
            return false;
        }
        if (url.length() > 1 && url.charAt(0) == '#') {
            attribute.setValue("#" + ID_PREFIX + url.substring(1)); // in-page links follow the prefixed ids
        }
        return true;
    }

    private static boolean prefixId(Attribute attribute) {
        String id = attribute.getValue().strip();
        if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        attribute.setValue(ID_PREFIX + id);
        return true;
    }

    private static boolean keepPipelineClasses(Attribute attribute) {
        String value = attribute.getValue();
        if (isPipelineClass(value)) {
            return true; // the usual case: one class, written by flexmark
        }
        var kept = new StringJoiner(" ");
        for (String name : value.split("\\s+")) {
            if (isPipelineClass(name)) {
                kept.add(name);
            }
        }
        attribute.setValue(kept.toString());
        return kept.length() > 0;
    }

    private static boolean isPipelineClass(String name) {
        return CLASSES.contains(name) || name.startsWith("language-") && CODE_LANGUAGE.matcher(name).matches();
    }
}
