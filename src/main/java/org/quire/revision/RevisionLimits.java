package org.quire.revision;

import java.util.Locale;
import java.util.Objects;

import org.quire.shared.InputRejected;

/** The stated limits of a save, checked before anything is read or written. */
final class RevisionLimits {

    private RevisionLimits() {
    }

    static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                // it cannot be stored as UTF-8 without turning into '?', which would change the text
                throw new InputRejected("The text contains an invalid character at position " + (i + 1)
                        + " (half of a character pair). Remove it and save again.");
            } else {
                bytes += 3;
            }
        }
        if (bytes > Revisions.MAX_TEXT_BYTES) {
            throw new InputRejected(String.format(Locale.ROOT,
                    "The text is %,d bytes (%.1f KB); a section can hold at most %,d bytes (%d KB). "
                            + "Shorten it or split it into sections.",
                    bytes, bytes / 1024.0, Revisions.MAX_TEXT_BYTES, Revisions.MAX_TEXT_BYTES / 1024));
        }
    }

    /** The summary on one line, trimmed. */
    static String summary(String summary) {
        Objects.requireNonNull(summary, "summary");
        var oneLine = summary.strip().replaceAll("[\\s\\p{Cntrl}]+", " ");
        if (oneLine.length() > Revisions.MAX_SUMMARY_LENGTH) {
            throw new InputRejected("The summary has " + oneLine.length() + " characters; at most "
                    + Revisions.MAX_SUMMARY_LENGTH + " are allowed.");
        }
        return oneLine;
    }
}
