package org.quire.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheet of the exported application, read from the class path once: {@code application.css}. */
final class ApplicationStyles {

    private static final String SHARED = read("/export/application.css");

    private ApplicationStyles() {
    }

    /** For the HTML file: screen and print. */
    static String html() {
        return SHARED;
    }

    static String read(String resource) {
        try (var in = ApplicationStyles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The export's resource " + resource + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
