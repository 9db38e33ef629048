package org.quire.revision.internal;

import java.util.Arrays;

import org.eclipse.jgit.diff.Sequence;

/**
 * A text cut into tokens that together give back the text exactly. Word tokens make diff and merge
 * work inside Markdown paragraphs, which are single long lines; line tokens serve blame. Tokens are
 * kept as offsets with precomputed hashes, so a 512 KB text costs two int arrays, not strings.
 */
public final class TokenSequence extends Sequence {

    private static final boolean[] ASCII_WORD_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_PART[c] = Character.isLetterOrDigit(c);
        }
    }

    private final String text;
    private final int[] starts;
    private final int[] hashes;
    private final int size;

    private TokenSequence(String text, int[] starts, int size) {
        this.text = text;
        this.starts = starts;
        this.size = size;
        this.hashes = new int[size];
        for (int i = 0; i < size; i++) {
            int hash = 0;
            for (int c = starts[i]; c < starts[i + 1]; c++) {
                hash = 31 * hash + text.charAt(c);
            }
            hashes[i] = hash;
        }
    }

    /**
     * Runs of letters and digits, runs of spaces, each line break, and each other character
     * (punctuation and Markdown marks are tokens of their own, so an edit next to a comma or an
     * asterisk stays small). Ideographs stand alone because their scripts put no spaces between words.
     */
    public static TokenSequence words(String text) {
        var starts = new int[Math.max(16, text.length() / 3)];
        int size = 0;
        int i = 0;
        while (i < text.length()) {
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[size++] = i;
            i = endOfWordToken(text, i);
        }
        starts[size] = text.length();
        return new TokenSequence(text, starts, size);
    }

    /** Each line with its line break, so a changed paragraph is one changed token. */
    public static TokenSequence lines(String text) {
        var starts = new int[16];
        int size = 0;
        int i = 0;
        while (i < text.length()) {
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[size++] = i;
            int newline = text.indexOf('\n', i);
            i = newline < 0 ? text.length() : newline + 1;
        }
        starts[size] = text.length();
        return new TokenSequence(text, starts, size);
    }

    private static int endOfWordToken(String text, int start) {
        int first = text.codePointAt(start);
        int end = start + Character.charCount(first);
        if (first == '\r') {
            return end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
        }
        if (first == '\n' || Character.isIdeographic(first)) {
            return end;
        }
        if (isWordPart(first)) {
            while (end < text.length()) {
                char ascii = text.charAt(end);
                if (ascii < 128) {
                    // most of a Markdown text is ASCII: skip the Unicode tables for it
                    if (!ASCII_WORD_PART[ascii]) {
                        break;
                    }
                    end++;
                    continue;
                }
                int next = text.codePointAt(end);
                if (!isWordPart(next) && !isMark(next) || Character.isIdeographic(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
        } else if (isSpaceCharacter(first)) {
            while (end < text.length() && isSpaceCharacter(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpaceCharacter(int codePoint) {
        return codePoint != '\n' && codePoint != '\r' && Character.isWhitespace(codePoint);
    }

    @Override
    public int size() {
        return size;
    }

    public String text() {
        return text;
    }

    /** Character offset where token {@code index} starts; {@code start(size())} is the text length. */
    public int start(int index) {
        return starts[index];
    }

    public String token(int index) {
        return text.substring(starts[index], starts[index + 1]);
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String slice(int from, int to) {
        return text.substring(starts[from], starts[to]);
    }

    public boolean isWord(int index) {
        return isWordPart(text.codePointAt(starts[index]));
    }

    /** Spaces or tabs, not a line break. */
    public boolean isSpace(int index) {
        return isSpaceCharacter(text.codePointAt(starts[index]));
    }

    /** Whether the token ends a line: a line break, or a whole line of {@link #lines}. */
    boolean endsLine(int index) {
        char last = text.charAt(starts[index + 1] - 1);
        return last == '\n' || last == '\r';
    }

    int hash(int index) {
        return hashes[index];
    }

    boolean sameToken(int index, TokenSequence other, int otherIndex) {
        int length = starts[index + 1] - starts[index];
        return hashes[index] == other.hashes[otherIndex]
                && length == other.starts[otherIndex + 1] - other.starts[otherIndex]
                && text.regionMatches(starts[index], other.text, other.starts[otherIndex], length);
    }
}
