package org.quire.revision.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Raw deflate (no zlib header: every byte counts on a small delta), sized by a known length. */
final class Deflation {

    private Deflation() {
    }

    static byte[] deflate(byte[] input) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            var out = new ByteArrayOutputStream(Math.max(64, input.length / 3));
            var buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static byte[] inflate(byte[] input, int offset, int length, int inflatedLength) {
        var inflater = new Inflater(true);
        try {
            inflater.setInput(input, offset, length);
            var out = new byte[inflatedLength];
            int filled = 0;
            while (filled < inflatedLength) {
                int read = inflater.inflate(out, filled, inflatedLength - filled);
                if (read == 0) {
                    break;
                }
                filled += read;
            }
            if (filled != inflatedLength) {
                throw new IllegalArgumentException("Compressed revision is shorter than recorded");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("Compressed revision is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
