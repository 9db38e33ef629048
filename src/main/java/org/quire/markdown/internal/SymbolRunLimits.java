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

    @Override
    public Optional<String> problemIn(String markdown) {
        for (int tick = markdown.indexOf('`'); tick >= 0; tick = markdown.indexOf('`', tick)) {
            int run = 0;
            while (tick < markdown.length() && markdown.charAt(tick) == '`') {
                run++;
                tick++;
            }
            if (run > MAX_BACKTICKS) {
                return problem("Line %,d has a run of %,d backticks; Quire renders runs of at most %d.",
                        lineOf(markdown, tick), run, MAX_BACKTICKS);
            }
        }
        int line = 1;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = LinePrefix.lineEnd(markdown, start);
            if (end - start > MAX_SYMBOL_LINE && symbolsOnly(markdown, start, end)) { // shorter lines cannot be too long
                return problem("Line %,d is %,d symbols (such as ---, *** or |---|) without text; Quire renders such "
                        + "lines up to %,d characters. Shorten it.", line, end - start, MAX_SYMBOL_LINE);
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean symbolsOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isLineSymbol(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
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
