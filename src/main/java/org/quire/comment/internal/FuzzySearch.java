package org.quire.comment.internal;

import java.util.Optional;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Finds a passage whose words changed: the quote's beginning or end located approximately near the
 * expected position (diff-match-patch's Bitap match, which handles patterns of up to
 * {@value #PATTERN} characters), then the passage of the quote's length from there accepted only
 * when it is similar enough to the quote as a whole.
 */
public final class FuzzySearch {

    static final int PATTERN = 32;
    /** Share of the quote's characters that may differ (Levenshtein) for a passage still to count as it. */
    static final double MAX_DIFFERENCE = 0.4;

    private FuzzySearch() {
    }

    public record Span(int start, int end) {
    }

    public static Optional<Span> find(String text, String quote, int expected) {
        if (quote.isBlank() || text.isEmpty()) {
            return Optional.empty();
        }
        var dmp = new DiffMatchPatch();
        dmp.matchThreshold = 0.35f;
        dmp.matchDistance = 2_000;
        var head = quote.substring(0, Math.min(PATTERN, quote.length()));
        var tail = quote.substring(Math.max(0, quote.length() - PATTERN));
        Span best = null;
        double bestDifference = MAX_DIFFERENCE;
        int at = dmp.matchMain(text, head, clamp(expected, text));
        if (at >= 0) {
            var span = new Span(at, Math.min(text.length(), at + quote.length()));
            double difference = difference(dmp, quote, text.substring(span.start(), span.end()));
            if (difference <= bestDifference) {
                best = span;
                bestDifference = difference;
            }
        }
        int tailAt = dmp.matchMain(text, tail, clamp(expected + quote.length() - tail.length(), text));
        if (tailAt >= 0) {
            int end = Math.min(text.length(), tailAt + tail.length());
            var span = new Span(Math.max(0, end - quote.length()), end);
            double difference = difference(dmp, quote, text.substring(span.start(), span.end()));
            if (difference < bestDifference) {
                best = span;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double difference(DiffMatchPatch dmp, String quote, String candidate) {
        var diffs = dmp.diffMain(quote, candidate, false);
        return (double) dmp.diffLevenshtein(diffs) / Math.max(quote.length(), 1);
    }

    private static int clamp(int position, String text) {
        return Math.clamp(position, 0, text.length());
    }
}
