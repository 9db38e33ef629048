package org.quire.comment.ui;

import org.jspecify.annotations.Nullable;

/**
 * A block of a section's rendered text as the browser reports it: its range in the Markdown source
 * (its {@code data-source-pos}) and its own text, the text nodes whose nearest block it is (a list
 * item's text without its nested list's, a table row's without its cells').
 */
record RenderedBlock(int start, int end, String text) {

    /** {@code "start-end"}, as the renderer writes it; null when it is not a range. */
    static @Nullable RenderedBlock parse(String position, String text) {
        int dash = position.indexOf('-');
        if (dash <= 0 || dash > 9 || position.length() - dash - 1 > 9) {
            return null;
        }
        try {
            int start = Integer.parseInt(position, 0, dash, 10);
            int end = Integer.parseInt(position, dash + 1, position.length(), 10);
            return start <= end ? new RenderedBlock(start, end, text) : null;
        } catch (NumberFormatException notARange) {
            return null;
        }
    }

    /** Whether the block lies within a source of this length and its text is about as long as its source (a real block). */
    boolean fits(int sourceLength) {
        return start >= 0 && end <= sourceLength && text.length() <= 2 * (end - start) + 64;
    }
}
