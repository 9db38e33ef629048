package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds the number of HTML elements a text can turn into, before parsing: each non-blank line and
 * each markup character counts one. Rendering time follows the elements, not the bytes: 512 KB of
 * {@code # a} lines are 131,000 headings and took 5.5 s, {@code [^a]} footnote references 5.5 s.
 * A 100 KB proposal counts about 3,000; the budget leaves room for 512 KB of dense tables.
 */
final class MarkupBudget implements InputCheck {

    static final int MAX_UNITS = 40_000;

    @Override
    public Optional<String> problemIn(String markdown) {
        int units = 0;
        boolean lineHasContent = false;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                units += lineHasContent ? 1 : 0;
                lineHasContent = false;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                lineHasContent = true;
                units += isMarkup(c) ? 1 : 0;
            }
        }
        units += lineHasContent ? 1 : 0;
        if (units <= MAX_UNITS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This section has too much structure to render: %,d lines and "
                + "markup characters (such as * _ ` [ ] | # > <), and Quire renders at most %,d. Split it into smaller "
                + "sections.", units, MAX_UNITS));
    }

    static boolean isMarkup(char c) {
        return switch (c) {
            case '*', '_', '~', '+', '`', '[', ']', '!', '<', '>', '&', '|', '\\', '^', '#' -> true;
            default -> false;
        };
    }
}
