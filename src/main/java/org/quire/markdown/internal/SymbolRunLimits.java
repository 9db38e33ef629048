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
        int line = 1;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = LinePrefix.lineEnd(markdown, start);
            boolean symbolsOnly = true;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '`') {
                    int run = 1;
                    while (i + 1 < end && markdown.charAt(i + 1) == '`') {
                        run++;
                        i++;
                    }
                    if (run > MAX_BACKTICKS) {
                        return problem("Line %,d has a run of %,d backticks; Quire renders runs of at most %d.",
                                line, run, MAX_BACKTICKS);
                    }
                }
                symbolsOnly &= isLineSymbol(c);
            }
            if (symbolsOnly && end - start > MAX_SYMBOL_LINE) {
                return problem("Line %,d is %,d symbols (such as ---, *** or |---|) without text; Quire renders such "
                        + "lines up to %,d characters. Shorten it.", line, end - start, MAX_SYMBOL_LINE);
            }
            start = end + 1;
        }
        return Optional.empty();
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
