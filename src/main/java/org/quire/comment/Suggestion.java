package org.quire.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * A suggested edit: the thread's passage replaced by {@code replacement}. The thread's first
 * comment says why; the decision, once taken, says who took it and, for an acceptance, which
 * revision of the section carries the change.
 */
public record Suggestion(String replacement, SuggestionStatus status, @Nullable Decision decision) {

    /** Replacement text of a suggestion, in characters: a passage rewritten, not a section. */
    public static final int MAX_REPLACEMENT = 8_000;
    public static final int MAX_REASON = 2_000;

    public static Suggestion pending(String replacement) {
        return new Suggestion(replacement, SuggestionStatus.PENDING, null);
    }

    public boolean pending() {
        return status == SuggestionStatus.PENDING;
    }

    /**
     * @param reason why it was rejected (required then), or null for an acceptance
     * @param revision the section revision that applied it (acceptances only)
     */
    public record Decision(PersonKey by, Instant at, @Nullable String reason, @Nullable Integer revision) {
    }
}
