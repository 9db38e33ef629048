package org.quire.comment.ui;

import java.util.LinkedList;
import java.util.Optional;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * One rendered block's text aligned with its slice of the Markdown source, character by character,
 * through their diff: a rendered character that is in the source maps to where it is written there;
 * one the renderer made out of something else (an entity, a typographic quote) maps to the whole
 * stretch it replaced; one the renderer added maps to an empty range where it was added. Markup the
 * reader does not see (emphasis marks, list markers) belongs to no rendered character, so a passage
 * starts and ends at the words selected, not at the marks around them.
 */
final class SourceAlignment {

    /** A long block gets a good-enough diff rather than a minimal one after this many seconds. */
    private static final float DIFF_SECONDS = 0.5f;

    private final RenderedBlock block;
    /** Per rendered character, the source range it stands for. */
    private final int[] from;
    private final int[] to;

    private SourceAlignment(RenderedBlock block, int[] from, int[] to) {
        this.block = block;
        this.from = from;
        this.to = to;
    }

    static SourceAlignment of(String source, RenderedBlock block) {
        var visible = VisibleSource.of(source, block.start(), block.end());
        var rendered = block.text();
        var dmp = new DiffMatchPatch();
        dmp.diffTimeout = DIFF_SECONDS;
        LinkedList<Diff> diffs = dmp.diffMain(visible.text(), rendered, false);
        int[] from = new int[rendered.length()];
        int[] to = new int[rendered.length()];
        int v = 0;
        int r = 0;
        var it = diffs.listIterator();
        while (it.hasNext()) {
            var diff = it.next();
            if (diff.operation == Operation.EQUAL) {
                for (int k = 0; k < diff.text.length(); k++, v++, r++) {
                    from[r] = visible.from(v);
                    to[r] = visible.to(v);
                }
                continue;
            }
            // a run of deletions and insertions between kept stretches: what the renderer replaced or added
            int deletedFrom = v;
            int insertedFrom = r;
            it.previous();
            while (it.hasNext()) {
                var change = it.next();
                if (change.operation == Operation.EQUAL) {
                    it.previous();
                    break;
                }
                if (change.operation == Operation.DELETE) {
                    v += change.text.length();
                } else {
                    r += change.text.length();
                }
            }
            int sourceFrom;
            int sourceTo;
            if (v > deletedFrom) {
                sourceFrom = visible.from(deletedFrom);
                sourceTo = visible.to(v - 1);
            } else {
                sourceFrom = v < visible.text().length() ? visible.from(v)
                        : v > 0 ? visible.to(v - 1) : block.start();
                sourceTo = sourceFrom;
            }
            for (int k = insertedFrom; k < r; k++) {
                from[k] = sourceFrom;
                to[k] = sourceTo;
            }
        }
        return new SourceAlignment(block, from, to);
    }

    RenderedBlock block() {
        return block;
    }

    /** Where a passage starting before rendered character {@code offset} starts in the source. */
    int sourceStart(int offset) {
        if (offset >= from.length) {
            return from.length == 0 ? block.start() : to[from.length - 1];
        }
        return from[Math.max(0, offset)];
    }

    /** Where a passage ending after rendered character {@code offset - 1} ends in the source. */
    int sourceEnd(int offset) {
        if (offset <= 0) {
            return from.length == 0 ? block.start() : from[0];
        }
        return to[Math.min(offset, to.length) - 1];
    }

    /**
     * The rendered characters that show something of the source range {@code start}–{@code end}:
     * from the first to the last of them, or empty when none does (the range is only markup here, or
     * outside the block).
     */
    Optional<Span> rendered(int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < from.length; i++) {
            boolean inside = from[i] < to[i] ? from[i] < end && to[i] > start : from[i] > start && from[i] < end;
            if (inside) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new Span(first, last + 1));
    }

    /** Rendered characters {@code from} to {@code to} (exclusive) of a block's text. */
    record Span(int from, int to) {
    }
}
