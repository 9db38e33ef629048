package org.quire.markdown.internal;

import java.util.Locale;
import java.util.Optional;

/** The stated section size, in UTF-8 bytes, counted without encoding the text. */
final class SizeLimit {

    private final int maxBytes;

    SizeLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Optional<String> problemIn(String markdown) {
        long bytes = utf8Bytes(markdown);
        if (bytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This section is %,d KB; Quire renders sections of at most %,d KB. "
                + "Split it into smaller sections.", (bytes + 1023) / 1024, maxBytes / 1024));
    }

    static long utf8Bytes(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x800) {
                bytes += Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes for 2 chars
            } else if (c >= 0x80) {
                bytes += 1;
            }
        }
        return bytes;
    }
}
