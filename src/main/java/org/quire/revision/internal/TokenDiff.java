package org.quire.revision.internal;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.MyersDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.eclipse.jgit.diff.Subsequence;
import org.eclipse.jgit.diff.SubsequenceComparator;

/**
 * The diff every part of this module uses: first the changed lines (paragraphs), then the changed
 * words inside them, both by JGit's histogram diff. The paragraph pass keeps a diff of a 100 KB
 * section to the few paragraphs that changed and stops words from pairing up across unrelated
 * paragraphs.
 *
 * <p>Histogram diff hands a region to a fallback when the only tokens it shares are frequent ones
 * (spaces, "the", commas); Myers there costs time proportional to size times differences, which
 * for a rewritten 512 KB section would be minutes. So Myers runs only on small regions, and a large
 * region sharing nothing but filler is reported as replaced whole: coarser, never wrong, and a
 * merge over it can only conflict more, never lose text.
 */
public final class TokenDiff {

    /** Regions up to about 2,000 by 2,000 tokens (a few KB of prose) are still diffed by Myers. */
    static final long MYERS_LIMIT = 4_000_000L;

    private static final DiffAlgorithm HISTOGRAM = histogramWithBoundedFallback();

    /** For JGit's merge: paragraphs, then words, as {@link #between}. */
    public static final DiffAlgorithm ALGORITHM = new ParagraphsThenWords();

    private TokenDiff() {
    }

    public static EditList between(TokenSequence a, TokenSequence b) {
        var linesA = LineSequence.of(a);
        var linesB = LineSequence.of(b);
        var edits = new EditList();
        var words = new SubsequenceComparator<TokenSequence>(TokenComparator.INSTANCE);
        for (Edit lines : HISTOGRAM.diff(LineSequence.COMPARATOR, linesA, linesB)) {
            var region = new Edit(linesA.firstToken(lines.getBeginA()), linesA.firstToken(lines.getEndA()),
                    linesB.firstToken(lines.getBeginB()), linesB.firstToken(lines.getEndB()));
            if (region.getType() != Edit.Type.REPLACE) {
                edits.add(region);
                continue;
            }
            var as = Subsequence.a(a, region);
            var bs = Subsequence.b(b, region);
            edits.addAll(Subsequence.toBase(HISTOGRAM.diff(words, as, bs), as, bs));
        }
        return edits;
    }

    private static DiffAlgorithm histogramWithBoundedFallback() {
        var histogram = new HistogramDiff();
        histogram.setFallbackAlgorithm(new BoundedMyers());
        return histogram;
    }

    private static final class ParagraphsThenWords extends DiffAlgorithm {

        @Override
        public <S extends Sequence> EditList diff(SequenceComparator<? super S> comparator, S a, S b) {
            if (a instanceof TokenSequence tokensA && b instanceof TokenSequence tokensB) {
                return between(tokensA, tokensB);
            }
            return HISTOGRAM.diff(comparator, a, b);
        }

        @Override
        public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> comparator, S a, S b) {
            return HISTOGRAM.diffNonCommon(comparator, a, b);
        }
    }

    private static final class BoundedMyers extends DiffAlgorithm {

        @Override
        public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> comparator, S a, S b) {
            if ((long) a.size() * b.size() <= MYERS_LIMIT) {
                return MyersDiff.INSTANCE.diffNonCommon(comparator, a, b);
            }
            var whole = new EditList();
            whole.add(new Edit(0, a.size(), 0, b.size()));
            return whole;
        }
    }
}
