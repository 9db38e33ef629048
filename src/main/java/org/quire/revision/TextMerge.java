package org.quire.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.quire.revision.internal.TokenComparator;
import org.quire.revision.internal.TokenDiff;
import org.quire.revision.internal.TokenSequence;

/**
 * Three-way merge of texts over word tokens (JGit's merge algorithm). Changes that touch different
 * words merge cleanly; changes to the same words, or insertions at the same place, conflict. A
 * conflict keeps all three texts whole.
 */
public final class TextMerge {

    private TextMerge() {
    }

    public sealed interface Outcome {
    }

    /** Both sides' changes, applied to the base. */
    public record Clean(String text) implements Outcome {
    }

    /**
     * The sides changed the same words; {@code regions} say where in each. {@code resolution} is the
     * starting point for resolving it: every change of theirs that did not overlap, and mine where
     * they overlapped (so nothing of mine is dropped and only the overlaps need a decision).
     */
    public record Conflict(String base, String theirs, String mine, List<ConflictRegion> regions,
            String resolution) implements Outcome {

        public Conflict {
            regions = List.copyOf(regions);
        }
    }

    public static Outcome merge(String base, String theirs, String mine) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(mine, "mine");
        if (mine.equals(theirs) || theirs.equals(base)) {
            return new Clean(mine);
        }
        if (mine.equals(base)) {
            return new Clean(theirs);
        }
        var mineTokens = TokenSequence.words(mine);
        var theirsTokens = TokenSequence.words(theirs);
        var result = new MergeAlgorithm(TokenDiff.ALGORITHM).merge(TokenComparator.INSTANCE,
                TokenSequence.words(base), mineTokens, theirsTokens);
        var merged = new StringBuilder(Math.max(mine.length(), theirs.length()) + 64);
        var regions = new ArrayList<ConflictRegion>();
        int mineStart = 0;
        int mineEnd = 0;
        for (MergeChunk chunk : result) {
            var tokens = result.getSequences().get(chunk.getSequenceIndex());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> merged.append(tokens.slice(chunk.getBegin(), chunk.getEnd()));
                case FIRST_CONFLICTING_RANGE -> {
                    merged.append(tokens.slice(chunk.getBegin(), chunk.getEnd()));
                    mineStart = mineTokens.start(chunk.getBegin());
                    mineEnd = mineTokens.start(chunk.getEnd());
                }
                case NEXT_CONFLICTING_RANGE -> regions.add(new ConflictRegion(theirsTokens.start(chunk.getBegin()),
                        theirsTokens.start(chunk.getEnd()), mineStart, mineEnd));
                case BASE_CONFLICTING_RANGE -> {
                    // only the two sides are shown; the base is part of the outcome as a whole text
                }
            }
        }
        return regions.isEmpty() ? new Clean(merged.toString())
                : new Conflict(base, theirs, mine, regions, merged.toString());
    }
}
