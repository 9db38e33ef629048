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

    // What the autolinker's patterns run over, by ASCII character: letters and digits (w apart, for
    // spotting "www."), and the dots, plus signs and hyphens between which they restart.
    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte W = 2;
    private static final byte SEPARATOR = 3;
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            KINDS[c] = Character.isLetterOrDigit(c) ? WORD : c == '.' || c == '+' || c == '-' ? SEPARATOR : OTHER;
        }
        KINDS['w'] = W;
        KINDS['W'] = W;
    }

    @Override
    public Optional<String> problemIn(String markdown) {
        long work = 0;
        int line = 1;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = LinePrefix.lineEnd(markdown, start);
            if (hasLinkTrigger(markdown, start, end)) {
                work += runWork(markdown, start, end);
                if (work > MAX_WORK) {
                    return Optional.of(String.format(Locale.ROOT, "Line %,d has long runs of letters with dots or "
                            + "hyphens and no spaces (like a.b.c.d…) near web or e-mail addresses; finding the links in "
                            + "them takes too long. Add spaces.", line));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean hasLinkTrigger(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == ':' && text.startsWith("//", i + 1) || c < 128 && KINDS[c] == W && isWww(text, i)) {
                return true;
            }
        }
        return false;
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

    private static boolean isWww(String text, int i) {
        return i + 3 < text.length() && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w'
                && text.charAt(i + 3) == '.';
    }
}
