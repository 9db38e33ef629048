package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds how far flexmark must read ahead for link destinations and titles. After every
 * {@code ](} (and {@code ]:}) it reads a destination and an optional title to their closing
 * character, as far as the end of the paragraph: {@code [ (](} repeated makes that quadratic
 * (15 KB took 2.4 s in STACK.md), and its title and {@code <destination>} patterns recurse once per
 * character (a 1,200-character title overflowed a 1 MB stack). Each read is bounded, and so is
 * their sum.
 */
final class LinkScanLimit implements InputCheck {

    static final int MAX_READ = 500;
    static final int MAX_DESTINATION = 2_048;
    static final long MAX_TOTAL_READ = 2_000_000;

    private long total;
    private Optional<String> problem = Optional.empty();

    @Override
    public void read(MarkdownLines line) {
        String text = line.text();
        for (int k = 0; k < line.markCount() && problem.isEmpty(); k++) {
            int i = line.mark(k);
            if (text.charAt(i) != ']' || i + 1 >= text.length()) {
                continue;
            }
            char next = text.charAt(i + 1);
            if ((next == '(' || next == ':') && !isEscaped(text, i)) {
                var read = readAfter(text, i + 2);
                total += read.length();
                if (read.limitExceeded() > 0) {
                    problem = problem("Line %,d has a link whose %s runs on for more than %,d characters. Close it, or "
                            + "escape the character meant as text with a backslash.", line.number(), read.part(),
                            read.limitExceeded());
                } else if (total > MAX_TOTAL_READ) {
                    problem = problem("The links up to line %,d have so many unclosed parts that finding where each "
                            + "ends takes too long. Close them, or escape the brackets meant as text (\\[).",
                            line.number());
                }
            }
        }
    }

    @Override
    public Optional<String> problem() {
        return problem;
    }

    private static boolean isEscaped(String text, int index) {
        int backslashes = 0;
        while (index - backslashes > 0 && text.charAt(index - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * @param length        how many characters the parser reads for this link
     * @param limitExceeded the limit one part ran past, 0 if none did
     * @param part          which part of the link, for the message
     */
    private record Read(long length, int limitExceeded, String part) {
    }

    private static Read readAfter(String text, int start) {
        int i = skipSpace(text, start);
        if (i < text.length() && text.charAt(i) == '<') {
            int close = find(text, i + 1, '>', true);
            return new Read(close - start, close - i > MAX_READ ? MAX_READ : 0, "<destination>");
        }
        int destinationEnd = i;
        int destinationLimit = Math.min(text.length(), i + MAX_DESTINATION + 1);
        while (destinationEnd < destinationLimit && !Character.isWhitespace(text.charAt(destinationEnd))
                && text.charAt(destinationEnd) != ')') {
            destinationEnd++;
        }
        if (destinationEnd - i > MAX_DESTINATION) {
            return new Read(destinationEnd - start, MAX_DESTINATION, "destination (web address)");
        }
        int title = skipSpace(text, destinationEnd);
        if (title >= text.length() || "\"'(".indexOf(text.charAt(title)) < 0) {
            return new Read(destinationEnd - start, 0, "destination");
        }
        char opener = text.charAt(title);
        int close = find(text, title + 1, opener == '(' ? ')' : opener, false);
        return new Read(close - start, close - title > MAX_READ ? MAX_READ : 0, "title (starting with " + opener + ")");
    }

    /** Spaces and at most one line break, as between a link's parts. */
    private static int skipSpace(String text, int i) {
        boolean newline = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && !newline) {
                newline = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Index of {@code closer}, or where the parser would stop looking, reading at most a little past the limit. */
    private static int find(String text, int from, char closer, boolean stopAtLineEnd) {
        int limit = Math.min(text.length(), from + MAX_READ + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == closer) {
                return i;
            } else if (c == '\n' && (stopAtLineEnd || blankLineFollows(text, i + 1))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean blankLineFollows(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private static Optional<String> problem(String format, Object... arguments) {
        return Optional.of(String.format(Locale.ROOT, format, arguments));
    }
}
