package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between a section's Markdown source and its rendered blocks, both ways: a selection in the
 * rendered text becomes a range of the source (what an anchor stores), and a range of the source
 * becomes the stretches of rendered text to highlight, block by block. Alignments are computed once
 * per block and kept, as a page paints many passages over the same blocks.
 */
final class PassageMapping {

    private final String source;
    private final Map<RenderedBlock, SourceAlignment> alignments = new HashMap<>();

    PassageMapping(String source) {
        this.source = source;
    }

    /**
     * The source range of a selection from {@code startOffset} in the first block's text to
     * {@code endOffset} in the last block's (the same block for a selection within one), without
     * white space at either end; empty when nothing but markup or white space is selected, or the
     * blocks are not this source's.
     */
    Optional<Range> selection(RenderedBlock first, int startOffset, RenderedBlock last, int endOffset) {
        if (!first.fits(source.length()) || !last.fits(source.length()) || startOffset < 0
                || startOffset > first.text().length() || endOffset < 0 || endOffset > last.text().length()) {
            return Optional.empty();
        }
        int start = alignment(first).sourceStart(startOffset);
        int end = alignment(last).sourceEnd(endOffset);
        while (start < end && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return Optional.empty();
        }
        return Optional.of(withWholeEmphasis(start, end));
    }

    /**
     * Takes in the delimiters of emphasis, strike-through and code that the selection closes or opens
     * but does not hold both ends of: selecting from a bold word to the plain word after it must
     * quote {@code **real-time** connection}, not {@code real-time** connection}, or replacing the
     * passage would leave a stray delimiter that breaks the rest of the paragraph.
     */
    private Range withWholeEmphasis(int start, int end) {
        var inside = source.substring(start, end);
        while (start > 0 && DELIMITERS.indexOf(source.charAt(start - 1)) >= 0
                && inside.indexOf(source.charAt(start - 1)) >= 0) {
            start--;
        }
        while (end < source.length() && DELIMITERS.indexOf(source.charAt(end)) >= 0
                && inside.indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        return new Range(start, end);
    }

    private static final String DELIMITERS = "*_~`";

    /**
     * The rendered text showing the source range {@code start}–{@code end}: per block (by its index
     * in {@code blocks}) the stretch of its text, leaving out blocks where it would be only white
     * space (between a list's items, a table's rows).
     */
    List<Piece> pieces(List<RenderedBlock> blocks, int start, int end) {
        var pieces = new ArrayList<Piece>();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            if (!block.fits(source.length()) || block.start() >= end || block.end() <= start) {
                continue;
            }
            var span = alignment(block).rendered(start, end);
            if (span.isEmpty()) {
                continue;
            }
            var text = block.text();
            int from = span.get().from();
            int to = span.get().to();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                pieces.add(new Piece(i, from, to, text.substring(from, to)));
            }
        }
        return pieces;
    }

    String source() {
        return source;
    }

    private SourceAlignment alignment(RenderedBlock block) {
        return alignments.computeIfAbsent(block, b -> SourceAlignment.of(source, b));
    }

    /** A range of the source, {@code end} exclusive. */
    record Range(int start, int end) {
    }

    /** Characters {@code from}–{@code to} of block {@code block}'s text, which read {@code text}. */
    record Piece(int block, int from, int to, String text) {
    }
}
