package org.quire.revision.internal;

import org.eclipse.jgit.diff.SequenceComparator;

/** Exact token equality, for JGit's diff and merge algorithms. */
public final class TokenComparator extends SequenceComparator<TokenSequence> {

    public static final TokenComparator INSTANCE = new TokenComparator();

    private TokenComparator() {
    }

    @Override
    public boolean equals(TokenSequence a, int ai, TokenSequence b, int bi) {
        return a.sameToken(ai, b, bi);
    }

    @Override
    public int hash(TokenSequence sequence, int index) {
        return sequence.hash(index);
    }
}
