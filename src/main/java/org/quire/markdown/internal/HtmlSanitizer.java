package org.quire.markdown.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;

/**
 * Allow-list sanitizing of the rendered HTML (jsoup): the last step before HTML may reach a
 * page, whatever flexmark or raw HTML in the Markdown produced. Measured in STACK.md: flexmark's
 * own escaping still let case-varied and entity-encoded {@code javascript:} links through.
 */
final class HtmlSanitizer {

    /**
     * Elements removed with everything in them, not just unwrapped: their content is script, style,
     * another document, or raw text that would show the page's own markup as text.
     */
    private static final List<String> REMOVED_WITH_CONTENT = List.of("applet", "embed", "iframe", "math", "noembed",
            "noframes", "noscript", "object", "plaintext", "script", "select", "style", "svg", "template", "textarea",
            "title", "xmp");
    private static final String REMOVED_SELECTOR = String.join(", ", REMOVED_WITH_CONTENT);
    private static final Map<Character, List<String>> REMOVED_BY_FIRST_LETTER = REMOVED_WITH_CONTENT.stream()
            .collect(Collectors.groupingBy(name -> name.charAt(0)));

    private final Cleaner cleaner = new Cleaner(new MarkdownSafelist());

    /** A new document holding only allowed elements, attributes and values, ready to serialize. */
    Document sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        if (mayHoldRemovedElements(html)) { // rare; selecting them costs a walk over every element
            dirty.body().select(REMOVED_SELECTOR).remove();
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** Looks for an opening tag of one of them; a regular expression for this took 2 ms on a proposal. */
    static boolean mayHoldRemovedElements(String html) {
        for (int lt = html.indexOf('<'); lt >= 0 && lt + 1 < html.length(); lt = html.indexOf('<', lt + 1)) {
            var candidates = REMOVED_BY_FIRST_LETTER.get(Character.toLowerCase(html.charAt(lt + 1)));
            if (candidates != null) {
                for (String name : candidates) {
                    if (html.regionMatches(true, lt + 1, name, 0, name.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
