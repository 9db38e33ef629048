package org.quire.comment;

import org.quire.comment.internal.DiffMapping;
import org.quire.comment.internal.FuzzySearch;
import org.quire.comment.internal.QuoteSearch;

/**
 * Follows anchors from one revision of a text to the next (DESIGN.md section 4): through the diff
 * first, then by the exact quote nearest where it was, then fuzzily. Made once per pair of
 * revisions; {@link #follow} is then cheap per anchor.
 */
public final class Reanchoring {

    /** Of a passage the diff followed, at least this share must have survived for it to count as the same passage. */
    static final double KEPT_FOR_CHANGED = 0.5;

    private final String newText;
    private final DiffMapping mapping;

    private Reanchoring(String oldText, String newText) {
        this.newText = newText;
        this.mapping = new DiffMapping(oldText, newText);
    }

    public static Reanchoring between(String oldText, String newText) {
        return new Reanchoring(oldText, newText);
    }

    /**
     * The anchor in the new text and how it fared. A detached anchor comes back unchanged: it
     * still names the passage of the revision it was made on.
     */
    public Followed follow(TextAnchor anchor) {
        var mapped = mapping.map(anchor.start(), anchor.end());
        if (mapped.anyKept()) {
            var span = newText.substring(mapped.start(), mapped.end());
            if (span.equals(anchor.quote())) {
                return new Followed(TextAnchor.in(newText, mapped.start(), mapped.end()), AnchorState.INTACT);
            }
            if (mapped.keptChars() >= KEPT_FOR_CHANGED * anchor.quote().length()) {
                return new Followed(TextAnchor.in(newText, mapped.start(), mapped.end()), AnchorState.CHANGED);
            }
        }
        int expected = mapping.position(anchor.start());
        var exact = QuoteSearch.find(newText, anchor, expected);
        if (exact.isPresent()) {
            int at = exact.getAsInt();
            return new Followed(TextAnchor.in(newText, at, at + anchor.quote().length()), AnchorState.MOVED);
        }
        return FuzzySearch.find(newText, anchor.quote(), expected)
                .map(span -> new Followed(TextAnchor.in(newText, span.start(), span.end()), AnchorState.CHANGED))
                .orElseGet(() -> new Followed(anchor, AnchorState.DETACHED));
    }

    /** An anchor as the new revision has it, and its state. */
    public record Followed(TextAnchor anchor, AnchorState state) {
    }
}
