package org.quire.revision.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.diff.Edit;

/**
 * A target text as edits of a source text: per edit, how many characters to copy, how many to skip,
 * and what to insert; the rest of the source is copied. Lengths are unsigned varints, inserted text
 * is UTF-8, so a one-word edit of a 100 KB text costs a handful of bytes.
 */
public final class TextDelta {

    private TextDelta() {
    }

    public static byte[] encode(String source, String target) {
        var from = TokenSequence.words(source);
        var to = TokenSequence.words(target);
        var edits = TokenDiff.between(from, to);
        var out = new ByteArrayOutputStream(64 + 16 * edits.size());
        writeVarint(out, source.length());
        writeVarint(out, target.length());
        writeVarint(out, edits.size());
        int copiedUpTo = 0;
        for (Edit edit : edits) {
            int deleteStart = from.start(edit.getBeginA());
            writeVarint(out, deleteStart - copiedUpTo);
            writeVarint(out, from.start(edit.getEndA()) - deleteStart);
            var inserted = to.slice(edit.getBeginB(), edit.getEndB()).getBytes(StandardCharsets.UTF_8);
            writeVarint(out, inserted.length);
            out.writeBytes(inserted);
            copiedUpTo = from.start(edit.getEndA());
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException when the delta was not made from this source */
    public static String apply(String source, byte[] delta) {
        var in = ByteBuffer.wrap(delta);
        int sourceLength = readVarint(in);
        int targetLength = readVarint(in);
        if (sourceLength != source.length()) {
            throw new IllegalArgumentException("Delta made from a text of " + sourceLength
                    + " characters applied to one of " + source.length());
        }
        int edits = readVarint(in);
        var target = new StringBuilder(targetLength);
        int position = 0;
        for (int i = 0; i < edits; i++) {
            int copy = readVarint(in);
            target.append(source, position, position + copy);
            position += copy + readVarint(in);
            int insertedBytes = readVarint(in);
            target.append(new String(delta, in.position(), insertedBytes, StandardCharsets.UTF_8));
            in.position(in.position() + insertedBytes);
        }
        target.append(source, position, source.length());
        if (target.length() != targetLength) {
            throw new IllegalArgumentException("Delta produced " + target.length() + " characters, expected "
                    + targetLength);
        }
        return target.toString();
    }

    static void writeVarint(ByteArrayOutputStream out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    static int readVarint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("Malformed length in delta");
    }
}
