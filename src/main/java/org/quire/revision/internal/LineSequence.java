package org.quire.revision.internal;

import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * The lines of a token sequence (runs of tokens up to and including a line break), for the
 * paragraph pass of {@link TokenDiff}: a Markdown paragraph is one line, so this pass finds the
 * changed paragraphs before words are compared inside them.
 */
final class LineSequence extends Sequence {

    static final SequenceComparator<LineSequence> COMPARATOR = new SequenceComparator<>() {

        @Override
        public boolean equals(LineSequence a, int ai, LineSequence b, int bi) {
            int start = a.tokens.start(a.firstTokens[ai]);
            int length = a.tokens.start(a.firstTokens[ai + 1]) - start;
            int otherStart = b.tokens.start(b.firstTokens[bi]);
            return a.hashes[ai] == b.hashes[bi]
                    && length == b.tokens.start(b.firstTokens[bi + 1]) - otherStart
                    && a.tokens.text().regionMatches(start, b.tokens.text(), otherStart, length);
        }

        @Override
        public int hash(LineSequence sequence, int index) {
            return sequence.hashes[index];
        }
    };

    private final TokenSequence tokens;
    private final int[] firstTokens;
    private final int[] hashes;
    private final int size;

    private LineSequence(TokenSequence tokens, int[] firstTokens, int[] hashes, int size) {
        this.tokens = tokens;
        this.firstTokens = firstTokens;
        this.hashes = hashes;
        this.size = size;
    }

    static LineSequence of(TokenSequence tokens) {
        int lines = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.endsLine(i) || i == tokens.size() - 1) {
                lines++;
            }
        }
        var firstTokens = new int[lines + 1];
        var hashes = new int[lines];
        int line = 0;
        int hash = 0;
        for (int i = 0; i < tokens.size(); i++) {
            hash = 31 * hash + tokens.hash(i);
            if (tokens.endsLine(i) || i == tokens.size() - 1) {
                hashes[line] = hash;
                firstTokens[++line] = i + 1;
                hash = 0;
            }
        }
        return new LineSequence(tokens, firstTokens, hashes, lines);
    }

    /** The token where line {@code index} starts; {@code firstToken(size())} is the token count. */
    int firstToken(int index) {
        return firstTokens[index];
    }

    @Override
    public int size() {
        return size;
    }
}
