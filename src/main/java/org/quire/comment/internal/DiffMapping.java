package org.quire.comment.internal;

import java.util.ArrayList;
import java.util.List;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * Positions of one revision followed into the next through their character diff. Computed once per
 * pair of revisions and shared by all its anchors. The diff is cleaned up semantically, so a moved
 * paragraph reads as deleted and inserted rather than as scattered coincidental letters.
 */
public final class DiffMapping {

    /** Long texts get a good-enough diff rather than a minimal one after this many seconds. */
    private static final float TIMEOUT_SECONDS = 0.5f;

    private final List<Diff> diffs;
    /** Unchanged stretches: old start, new start, length. */
    private final List<int[]> kept = new ArrayList<>();

    public DiffMapping(String oldText, String newText) {
        var dmp = new DiffMatchPatch();
        dmp.diffTimeout = TIMEOUT_SECONDS;
        var computed = dmp.diffMain(oldText, newText, false);
        dmp.diffCleanupSemantic(computed);
        this.diffs = List.copyOf(computed);
        int oldPos = 0;
        int newPos = 0;
        for (var diff : diffs) {
            int length = diff.text.length();
            if (diff.operation == Operation.EQUAL) {
                kept.add(new int[] {oldPos, newPos, length});
            }
            if (diff.operation != Operation.INSERT) {
                oldPos += length;
            }
            if (diff.operation != Operation.DELETE) {
                newPos += length;
            }
        }
    }

    /**
     * Where the old passage {@code start}–{@code end} is in the new text, with how many of its
     * characters were kept (none: {@link Mapped#anyKept()} is false). An end that was kept ends
     * there, so text inserted just outside the passage stays outside; an end that was replaced
     * takes the replacement in, since it is what the passage now says.
     */
    public Mapped map(int start, int end) {
        int keptChars = 0;
        for (var stretch : kept) {
            keptChars += Math.max(0, Math.min(end, stretch[0] + stretch[2]) - Math.max(start, stretch[0]));
        }
        if (keptChars == 0) {
            return new Mapped(-1, -1, 0);
        }
        int newStart = keptAt(start);
        newStart = newStart >= 0 ? newStart : position(start);
        int lastKept = keptAt(end - 1);
        int newEnd = lastKept >= 0 ? lastKept + 1 : position(end);
        return newEnd < newStart ? new Mapped(-1, -1, 0) : new Mapped(newStart, newEnd, keptChars);
    }

    /** The new position of an old character that was kept, or -1 when it was deleted. */
    private int keptAt(int oldPosition) {
        for (var stretch : kept) {
            if (oldPosition >= stretch[0] && oldPosition < stretch[0] + stretch[2]) {
                return stretch[1] + oldPosition - stretch[0];
            }
        }
        return -1;
    }

    /** Where an old position is in the new text (inside a deletion: where the deletion was). */
    public int position(int oldPosition) {
        return new DiffMatchPatch().diffXIndex(new ArrayList<>(diffs), oldPosition);
    }

    /** @param start -1 when nothing of the passage was kept */
    public record Mapped(int start, int end, int keptChars) {

        public boolean anyKept() {
            return keptChars > 0;
        }
    }
}
