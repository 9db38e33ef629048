package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds the indented or quoted lines of one paragraph. flexmark joins such a paragraph's lines
 * (each one a separate piece of the source once its indentation or {@code >} is cut off) at a
 * cost that grows with the square of their number: 32,000 indented lines took 3 s. A blank line,
 * a new list item or a fenced code block at the left margin starts afresh.
 */
final class ParagraphLineLimit implements InputCheck {

    static final int MAX_LINES = 1_000;

    @Override
    public Optional<String> problemIn(String markdown) {
        int prefixedLines = 0;
        int paragraphLine = 1;
        boolean inFence = false;
        int line = 1;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = LinePrefix.lineEnd(markdown, start);
            var prefix = LinePrefix.of(markdown, start, end);
            if (prefix.containers() == 0 && prefix.columns() <= 3 && isFence(markdown, prefix.end(), end)) {
                inFence = !inFence;
            }
            if (prefix.isBlank(end)) {
                prefixedLines = 0;
                paragraphLine = line + 1;
            } else if (prefix.bullet()) {
                prefixedLines = 0;
                paragraphLine = line;
            } else if (prefix.end() > start && !inFence && ++prefixedLines > MAX_LINES) {
                return Optional.of(String.format(Locale.ROOT, "The paragraph starting on line %,d has more than %,d "
                        + "indented or quoted lines in a row; Quire renders at most %,d. Put blank lines between its "
                        + "paragraphs.", paragraphLine, MAX_LINES, MAX_LINES));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean isFence(String text, int start, int end) {
        return end - start >= 3 && (text.startsWith("```", start) || text.startsWith("~~~", start));
    }
}
