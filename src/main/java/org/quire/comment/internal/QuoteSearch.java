package org.quire.comment.internal;

import java.util.OptionalInt;

import org.quire.comment.TextAnchor;

/**
 * Finds the quote of an anchor, unchanged, in a new text. Where it occurs more than once, the
 * occurrence whose surroundings match the anchor's context best wins, then the one nearest the
 * expected position.
 */
public final class QuoteSearch {

    /** A quote that occurs this often (a common word) is compared at this many places at most. */
    static final int MAX_OCCURRENCES = 1_000;

    private QuoteSearch() {
    }

    public static OptionalInt find(String text, TextAnchor anchor, int expected) {
        var quote = anchor.quote();
        if (quote.isEmpty()) {
            return OptionalInt.empty();
        }
        int best = -1;
        int bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        int seen = 0;
        for (int at = text.indexOf(quote); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1), seen++) {
            int context = sharedBefore(text, at, anchor.prefix()) + sharedAfter(text, at + quote.length(), anchor.suffix());
            int distance = Math.abs(at - expected);
            if (context > bestContext || (context == bestContext && distance < bestDistance)) {
                best = at;
                bestContext = context;
                bestDistance = distance;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static int sharedBefore(String text, int at, String prefix) {
        int shared = 0;
        while (shared < prefix.length() && at - shared - 1 >= 0
                && text.charAt(at - shared - 1) == prefix.charAt(prefix.length() - shared - 1)) {
            shared++;
        }
        return shared;
    }

    private static int sharedAfter(String text, int at, String suffix) {
        int shared = 0;
        while (shared < suffix.length() && at + shared < text.length()
                && text.charAt(at + shared) == suffix.charAt(shared)) {
            shared++;
        }
        return shared;
    }
}
