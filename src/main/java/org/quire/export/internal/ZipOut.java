package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP whose entries all carry one given time, so the same content makes the same archive
 * (entry times would otherwise be "now").
 */
final class ZipOut implements AutoCloseable {

    private final ZipOutputStream zip;
    private final long time;

    ZipOut(OutputStream out, Instant time) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = time.toEpochMilli();
    }

    void add(String name, byte[] content) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the archive; the stream underneath stays open. */
    @Override
    public void close() throws IOException {
        zip.finish();
    }
}
