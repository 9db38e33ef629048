package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds runs of backticks and lines made of symbols only. flexmark looks for a closing backtick
 * run of the same length for every opening one, so many long runs make it quadratic; and it
 * matches thematic breaks, setext underlines and table separators with regular expressions that
 * recurse once per character: a line of 1,400 {@code *} overflowed a 1 MB stack.
 */
final class SymbolRunLimits implements InputCheck {

    static final int MAX_BACKTICKS = 32;
    static final int MAX_SYMBOL_LINE = 1_000;

    private Optional<String> backtickRun = Optional.empty();
    private Optional<String> symbolLine = Optional.empty();

    @Override
    public void read(MarkdownLines line) {
        String text = line.text();
        for (int k = 0; k < line.markCount() && backtickRun.isEmpty(); k++) {
            int tick = line.mark(k);
            if (text.charAt(tick) != '`' || tick > line.start() && text.charAt(tick - 1) == '`') {
                continue; // counted with the run it ends
            }
            int run = 0;
            while (tick + run < line.end() && text.charAt(tick + run) == '`') {
                run++;
            }
            if (run > MAX_BACKTICKS) {
                backtickRun = problem("Line %,d has a run of %,d backticks; Quire renders runs of at most %d.",
                        line.number(), run, MAX_BACKTICKS);
            }
        }
        int length = line.end() - line.start();
        // shorter lines cannot be too long
        if (symbolLine.isEmpty() && length > MAX_SYMBOL_LINE && symbolsOnly(text, line.start(), line.end())) {
            symbolLine = problem("Line %,d is %,d symbols (such as ---, *** or |---|) without text; Quire renders such "
                    + "lines up to %,d characters. Shorten it.", line.number(), length, MAX_SYMBOL_LINE);
        }
    }

    /** A backtick run if there is one, as that is looked for first; a line of symbols otherwise. */
    @Override
    public Optional<String> problem() {
        return backtickRun.isPresent() ? backtickRun : symbolLine;
    }

    private static boolean symbolsOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isLineSymbol(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineSymbol(char c) {
        return switch (c) {
            case '*', '-', '_', '=', '|', ':', '+', '#', '~', '`', '.', '>', ' ', '\t', '\r' -> true;
            default -> false;
        };
    }

    private static Optional<String> problem(String format, Object... arguments) {
        return Optional.of(String.format(Locale.ROOT, format, arguments));
    }
}
