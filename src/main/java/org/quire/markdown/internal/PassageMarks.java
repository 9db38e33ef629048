package org.quire.markdown.internal;

/**
 * CPT's marks around new or revised guideline text, {@code ▶ ... ◀}: plain characters in the
 * Markdown, written as labelled spans so the reader can style them and screen readers say what
 * they mean rather than "triangle". The passage between them is left as it is: it may span
 * paragraphs, lists and tables, and its marks are what the CPT book prints too.
 * <p>
 * The sanitizer lets a span keep a role, label or title only with exactly the values written here
 * ({@link #allowsOnSpan}), so raw HTML gains nothing from this path.
 */
final class PassageMarks {

    static final char BEGINS = '\u25B6';
    static final char ENDS = '\u25C0';
    static final String CLASS = "cpt-passage-mark";
    static final String BEGINS_LABEL = "New or revised text begins";
    static final String ENDS_LABEL = "New or revised text ends";

    private static final String BEGINS_HTML = span(BEGINS, BEGINS_LABEL);
    private static final String ENDS_HTML = span(ENDS, ENDS_LABEL);

    private PassageMarks() {
    }

    /** The escaped text with each mark written as its span; the text itself when it has none. */
    static String marked(String escaped) {
        int begins = escaped.indexOf(BEGINS);
        int ends = escaped.indexOf(ENDS);
        if (begins < 0 && ends < 0) {
            return escaped; // nearly every text
        }
        var html = new StringBuilder(escaped.length() + 2 * BEGINS_HTML.length());
        int copied = 0;
        int first = begins < 0 ? ends : ends < 0 ? begins : Math.min(begins, ends);
        for (int i = first; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == BEGINS || c == ENDS) {
                html.append(escaped, copied, i).append(c == BEGINS ? BEGINS_HTML : ENDS_HTML);
                copied = i + 1;
            }
        }
        return html.append(escaped, copied, escaped.length()).toString();
    }

    /** Whether a span may keep this attribute with this value: only as a mark's span has it. */
    static boolean allowsOnSpan(String attribute, String value) {
        return switch (attribute) {
            case "role" -> value.equals("img");
            case "aria-label", "title" -> value.equals(BEGINS_LABEL) || value.equals(ENDS_LABEL);
            default -> false;
        };
    }

    private static String span(char mark, String label) {
        return "<span class=\"" + CLASS + "\" role=\"img\" aria-label=\"" + label + "\" title=\"" + label + "\">"
                + mark + "</span>";
    }
}
