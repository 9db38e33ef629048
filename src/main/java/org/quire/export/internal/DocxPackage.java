package org.quire.export.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * The finished document's ZIP container with every entry dated {@code at} rather than the moment POI
 * wrote it, so that the same application written twice gives the same bytes.
 */
final class DocxPackage {

    private DocxPackage() {
    }

    static void copy(byte[] written, Instant at, OutputStream out) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(written));
                var zip = new ZipOutputStream(CloseShieldOutputStream.wrap(out))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(LocalDateTime.ofInstant(at, ZoneOffset.UTC)); // whatever the server's zone
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
