package org.quire.revision;

import java.util.List;

/** What became of a save. In no case is the caller's text dropped. */
public sealed interface SaveOutcome {

    /** The text became the next revision as it was. */
    record Saved(Revision revision) implements SaveOutcome {
    }

    /**
     * Others had saved since the caller's base; the changes did not overlap, so the merged text
     * became the next revision. {@code mergedWith} are the revisions by other people merged in
     * (oldest first, at most {@value Revisions#MAX_MERGED_LISTED}); empty when all were the caller's.
     */
    record Merged(Revision revision, List<Revision> mergedWith) implements SaveOutcome {

        public Merged {
            mergedWith = List.copyOf(mergedWith);
        }
    }

    /**
     * Others changed the same words since the caller's base: nothing was saved. {@code theirs} is
     * the text of {@code head}, {@code mine} the caller's text, both whole. {@code resolution} is
     * theirs with mine in the overlapping places: the text to resolve from, on top of {@code head}.
     */
    record Conflicted(int baseNumber, Revision head, String base, String theirs, String mine,
            List<ConflictRegion> regions, String resolution) implements SaveOutcome {

        public Conflicted {
            regions = List.copyOf(regions);
        }
    }

    /** The text equals the head already: no empty revision was made. */
    record Unchanged(Revision head) implements SaveOutcome {
    }
}
