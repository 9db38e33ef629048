package org.quire.comment;

/**
 * Where a comment or suggestion points in a section's Markdown source, after the W3C Web Annotation
 * model: a text position ({@code start} inclusive, {@code end} exclusive) and a text quote with up
 * to {@value #CONTEXT} characters of context on each side, which find the passage again when the
 * position no longer fits.
 */
public record TextAnchor(int start, int end, String quote, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    public TextAnchor {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("An anchor runs from a position to one at or after it");
        }
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("An anchor's quote is the text between its positions");
        }
        if (prefix.length() > CONTEXT || suffix.length() > CONTEXT) {
            throw new IllegalArgumentException("An anchor keeps at most " + CONTEXT + " characters of context");
        }
    }

    /** The anchor of {@code text} from {@code start} to {@code end}. */
    public static TextAnchor in(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("The passage " + start + "–" + end + " is not within the text ("
                    + text.length() + " characters)");
        }
        return new TextAnchor(start, end, text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
