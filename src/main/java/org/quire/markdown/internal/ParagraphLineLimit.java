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

    private int prefixedLines;
    private int paragraphLine = 1;
    private boolean inFence;
    private Optional<String> problem = Optional.empty();

    @Override
    public void read(MarkdownLines line) {
        if (problem.isPresent()) {
            return;
        }
        var prefix = line.prefix();
        if (prefix.containers() == 0 && prefix.columns() <= 3 && isFence(line.text(), prefix.end(), line.end())) {
            inFence = !inFence;
        }
        if (prefix.isBlank(line.end())) {
            prefixedLines = 0;
            paragraphLine = line.number() + 1;
        } else if (prefix.bullet()) {
            prefixedLines = 0;
            paragraphLine = line.number();
        } else if (prefix.end() > line.start() && !inFence && ++prefixedLines > MAX_LINES) {
            problem = Optional.of(String.format(Locale.ROOT, "The paragraph starting on line %,d has more than %,d "
                    + "indented or quoted lines in a row; Quire renders at most %,d. Put blank lines between its "
                    + "paragraphs.", paragraphLine, MAX_LINES, MAX_LINES));
        }
    }

    @Override
    public Optional<String> problem() {
        return problem;
    }

    private static boolean isFence(String text, int start, int end) {
        return end - start >= 3 && (text.startsWith("```", start) || text.startsWith("~~~", start));
    }
}
