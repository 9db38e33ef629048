package org.quire.markdown.internal;

import java.util.Arrays;

/**
 * The guard's one pass over the Markdown, a line at a time: where the line ends, its container
 * prefix, and where its markup characters are. The checks read those marks rather than every
 * character: markup is a few percent of a text, and three checks each reading every character were
 * most of the guard's time. One per text; not thread-safe.
 */
final class MarkdownLines {

    /**
     * By ASCII code: what {@link MarkupBudget} counts, and every character the other checks look for;
     * beyond ASCII only the {@link PassageMarks}, which the budget counts as well (each is an element).
     */
    private static final boolean[] MARKUP = new boolean[128];

    static {
        for (char c : "*_~+`[]!<>&|\\#^".toCharArray()) {
            MARKUP[c] = true;
        }
    }

    private final String text;
    private int start;
    private int end = -1;
    private int number;
    private LinePrefix prefix = new LinePrefix(0, 0, 0, false);
    private int[] marks = new int[32];
    private int markCount;

    MarkdownLines(String text) {
        this.text = text;
    }

    /** Moves to the next line; false after the last. A text ending in a line break ends with an empty line. */
    boolean next() {
        if (end >= text.length()) {
            return false;
        }
        start = end + 1;
        end = LinePrefix.lineEnd(text, start);
        number++;
        prefix = LinePrefix.of(text, start, end);
        markCount = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128 ? MARKUP[c] : c == PassageMarks.BEGINS || c == PassageMarks.ENDS) {
                if (markCount == marks.length) {
                    marks = Arrays.copyOf(marks, markCount * 2);
                }
                marks[markCount++] = i;
            }
        }
        return true;
    }

    /** The whole text; the line is {@code [start, end)} of it. */
    String text() {
        return text;
    }

    int start() {
        return start;
    }

    /** Index of the line break ending the line, or the text's length. */
    int end() {
        return end;
    }

    /** Counted from 1, as the messages show it. */
    int number() {
        return number;
    }

    LinePrefix prefix() {
        return prefix;
    }

    /** How many markup characters the line holds. */
    int markCount() {
        return markCount;
    }

    /** Index in the text of the line's {@code k}th markup character, in order. */
    int mark(int k) {
        return marks[k];
    }

    /** Anything but spaces, tabs and carriage returns. */
    boolean hasContent() {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
