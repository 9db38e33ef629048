package org.quire.comment;

import java.util.List;

import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;
import org.springframework.stereotype.Service;

/**
 * Suggested edits: a passage thread that proposes replacement text. COMMENTERs (while a period open
 * to them runs) and MEMBERs suggest; MEMBERs and STAFF accept, applying the replacement through the
 * section's normal merge in a revision that credits the suggester, or reject with a reason. A
 * suggestion whose passage no longer reads as it did ({@link AnchorState#quoteUnchanged()}) is
 * never applied.
 */
@Service
public class Suggestions {

    Suggestions() {
    }

    /**
     * Suggests {@code replacement} for the passage {@code start}–{@code end} of revision
     * {@code revision} of the section, with {@code comment} saying why (may be empty).
     */
    public CommentThread suggest(ProposalId proposalId, SectionId sectionId, int revision, int start, int end,
            String replacement, String comment) {
        throw new UnsupportedOperationException("being built (issue 7)");
    }

    /**
     * Applies the suggestions, all or none: one new revision per section they touch, crediting
     * their suggesters. Refused with every reason listed if any is decided, changed underneath,
     * overlapping another, or would conflict with the section's newer text.
     *
     * @return the accepted threads, each with the revision that applied it
     */
    public List<CommentThread> accept(List<ThreadId> threadIds) {
        throw new UnsupportedOperationException("being built (issue 7)");
    }

    /** Turns the suggestion down; {@code reason} (required, at most {@link Suggestion#MAX_REASON}) is shown to the suggester. */
    public CommentThread reject(ThreadId threadId, String reason) {
        throw new UnsupportedOperationException("being built (issue 7)");
    }
}
