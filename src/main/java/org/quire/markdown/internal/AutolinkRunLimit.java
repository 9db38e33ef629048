package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds the work of the autolinker on lines where it runs (those with {@code ://}, {@code www.} or
 * {@code @}). Its patterns restart at every word boundary inside a run of letters, digits, dots,
 * plus signs and hyphens and read to the run's end, so {@code a.b.c.d…} costs the run's length
 * times its dots: one 64 KB run took 10 s. Ordinary words and addresses cost next to nothing.
 */
final class AutolinkRunLimit implements InputCheck {

    static final long MAX_WORK = 2_000_000;

    // What the autolinker's patterns run over, by ASCII character: letters and digits, and the dots,
    // plus signs and hyphens between which they restart.
    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte SEPARATOR = 2;
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            KINDS[c] = Character.isLetterOrDigit(c) ? WORD : c == '.' || c == '+' || c == '-' ? SEPARATOR : OTHER;
        }
    }

    private long work;
    private Optional<String> problem = Optional.empty();

    @Override
    public void read(MarkdownLines line) {
        if (problem.isEmpty() && AutolinkTriggers.anyIn(line.text(), line.start(), line.end())) {
            work += runWork(line.text(), line.start(), line.end());
            if (work > MAX_WORK) {
                problem = Optional.of(String.format(Locale.ROOT, "Line %,d has long runs of letters with dots or "
                        + "hyphens and no spaces (like a.b.c.d…) near web or e-mail addresses; finding the links in "
                        + "them takes too long. Add spaces.", line.number()));
            }
        }
    }

    @Override
    public Optional<String> problem() {
        return problem;
    }

    /** For each run: its length times the word boundaries in it, where the patterns restart. */
    private static long runWork(String text, int start, int end) {
        long work = 0;
        int runLength = 0;
        int boundaries = 0;
        for (int i = start; i <= end; i++) {
            byte kind = i < end && text.charAt(i) < 128 ? KINDS[text.charAt(i)] : OTHER;
            if (kind != OTHER) {
                runLength++;
                boundaries += kind == SEPARATOR ? 1 : 0;
            } else if (runLength > 0) {
                work += (long) runLength * (boundaries + 1);
                runLength = 0;
                boundaries = 0;
            }
        }
        return work;
    }
}
