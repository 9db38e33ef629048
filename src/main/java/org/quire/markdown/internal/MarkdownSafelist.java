package org.quire.markdown.internal;

import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The allow-list: the elements flexmark renders plus a few harmless ones people write by hand
 * (sub, sup, kbd, details), no scripting, styling, forms, frames, embeds or SVG. Beyond tag and
 * attribute names it checks values: link schemes, ids (prefixed against DOM clobbering), class
 * names (only the pipeline's own) and source positions (only the ones flexmark wrote).
 */
final class MarkdownSafelist extends Safelist {

    /** Prefixed ids can never shadow a global or a form property, or collide with the app's ids. */
    static final String ID_PREFIX = "md-";

    static final String SOURCE_POSITION = "data-source-pos";

    private static final Set<String> CLASSES = Set.of("anchor", "footnotes", "footnote-ref", "footnote-backref",
            "task-list-item", "task-list-item-checkbox");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final String ALL_TAGS = ":all";
    private static final Pattern OFFSETS = Pattern.compile("\\d{1,9}-\\d{1,9}");

    private final String trustedPositionAttribute;

    /**
     * @param trustedPositionAttribute the attribute name flexmark writes source positions under;
     *        unguessable, so positions written in raw HTML never pass
     */
    MarkdownSafelist(String trustedPositionAttribute) {
        this.trustedPositionAttribute = trustedPositionAttribute;
        addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div",
                "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd",
                "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary",
                "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var");
        addAttributes(ALL_TAGS, "id", "class", trustedPositionAttribute);
        addAttributes("a", "href", "title", "aria-label");
        addAttributes("img", "src", "alt", "title", "width", "height");
        addAttributes("abbr", "title");
        addAttributes("ol", "start", "type");
        addAttributes("th", "align", "colspan", "rowspan");
        addAttributes("td", "align", "colspan", "rowspan");
        addAttributes("details", "open");
        addAttributes("input", "checked");
        addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
        // task-list boxes show state; they are never a form control someone can use
        addEnforcedAttribute("input", "type", "checkbox");
        addEnforcedAttribute("input", "disabled", "disabled");
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (tagName.equals(ALL_TAGS)) {
            // jsoup's own lookup of attributes allowed on every tag: answer by name only here,
            // or the value rules below would run twice (an id prefixed twice)
            return super.isSafeAttribute(tagName, element, attribute);
        }
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        String name = attribute.getKey();
        if (name.equals(trustedPositionAttribute)) {
            return renamePosition(attribute);
        }
        return switch (name) {
            case "href" -> safeLink(attribute);
            case "src" -> UrlSchemeCheck.allows(attribute.getValue());
            case "id" -> prefixId(attribute);
            case "class" -> keepPipelineClasses(attribute);
            default -> true;
        };
    }

    private static boolean renamePosition(Attribute attribute) {
        if (!OFFSETS.matcher(attribute.getValue()).matches()) {
            return false;
        }
        attribute.setKey(SOURCE_POSITION);
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
