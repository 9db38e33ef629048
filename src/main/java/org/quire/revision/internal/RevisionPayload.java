package org.quire.revision.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The stored bytes of one revision: a whole text (a snapshot) or a delta from its snapshot, each
 * deflated when that makes it smaller. The first byte says which, so old payloads stay readable if
 * the encoding changes.
 */
public final class RevisionPayload {

    static final byte SNAPSHOT = 1;
    static final byte SNAPSHOT_DEFLATED = 2;
    static final byte DELTA = 3;
    static final byte DELTA_DEFLATED = 4;

    private RevisionPayload() {
    }

    public static byte[] snapshot(String text) {
        return pack(text.getBytes(StandardCharsets.UTF_8), SNAPSHOT, SNAPSHOT_DEFLATED);
    }

    public static byte[] delta(String snapshotText, String text) {
        return pack(TextDelta.encode(snapshotText, text), DELTA, DELTA_DEFLATED);
    }

    public static boolean isSnapshot(byte[] payload) {
        return payload[0] == SNAPSHOT || payload[0] == SNAPSHOT_DEFLATED;
    }

    /** The text of a snapshot payload, or of a delta payload given its snapshot's text. */
    public static String text(byte[] payload, @Nullable String snapshotText) {
        var bytes = unpack(payload);
        if (isSnapshot(payload)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (snapshotText == null) {
            throw new IllegalArgumentException("A delta needs the text of its snapshot");
        }
        return TextDelta.apply(snapshotText, bytes);
    }

    private static byte[] pack(byte[] plain, byte plainFormat, byte deflatedFormat) {
        var deflated = Deflation.deflate(plain);
        var out = new ByteArrayOutputStream(Math.min(plain.length, deflated.length) + 6);
        if (deflated.length + 4 < plain.length) {
            out.write(deflatedFormat);
            TextDelta.writeVarint(out, plain.length);
            out.writeBytes(deflated);
        } else {
            out.write(plainFormat);
            out.writeBytes(plain);
        }
        return out.toByteArray();
    }

    private static byte[] unpack(byte[] payload) {
        byte format = payload[0];
        if (format == SNAPSHOT || format == DELTA) {
            return java.util.Arrays.copyOfRange(payload, 1, payload.length);
        }
        if (format == SNAPSHOT_DEFLATED || format == DELTA_DEFLATED) {
            var in = ByteBuffer.wrap(payload, 1, payload.length - 1);
            int length = TextDelta.readVarint(in);
            return Deflation.inflate(payload, in.position(), payload.length - in.position(), length);
        }
        throw new IllegalArgumentException("Unknown revision payload format " + format);
    }
}
