package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds the number of HTML elements a text can turn into, before parsing: each non-blank line and
 * each markup character (passage marks {@code ▶ ◀} included) counts, {@code #} twice and {@code ^}
 * four times (a heading, a footnote reference with its back-link, cost several elements).
 * Rendering time follows the elements, not the bytes: 512 KB of {@code # a} lines are 131,000
 * headings and took 5.5 s, {@code [^a]} references 5.5 s. A 100 KB proposal counts about 3,000, so
 * 512 KB of prose and tables fit.
 */
final class MarkupBudget implements InputCheck {

    static final int MAX_UNITS = 32_000;

    /** Indexed by ASCII character; every one weighted here is one {@link MarkdownLines} marks. */
    private static final byte[] WEIGHTS = new byte[128];

    static {
        for (char c : "*_~+`[]!<>&|\\".toCharArray()) {
            WEIGHTS[c] = 1;
        }
        WEIGHTS['#'] = 2;
        WEIGHTS['^'] = 4;
    }

    private int units;

    @Override
    public void read(MarkdownLines line) {
        units += line.hasContent() ? 1 : 0;
        for (int k = 0; k < line.markCount(); k++) {
            char c = line.text().charAt(line.mark(k));
            units += c < 128 ? WEIGHTS[c] : 1; // beyond ASCII: a passage mark, one span
        }
    }

    @Override
    public Optional<String> problem() {
        if (units <= MAX_UNITS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This section has too much structure to render: it counts %,d "
                + "lines and markup characters (such as * _ ` [ ] | # > <), and Quire renders at most %,d. Split it "
                + "into smaller sections.", units, MAX_UNITS));
    }
}
