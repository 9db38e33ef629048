package org.quire.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheets of the exported application, read from the class path once: {@code application.css}
 * for both files (with a print part), and {@code application-pdf.css} for the PDF's pages.
 */
final class ApplicationStyles {

    private static final String SHARED = read("/export/application.css");
    private static final String PAGES = read("/export/application-pdf.css");

    private ApplicationStyles() {
    }

    /** For the HTML file: screen and print. */
    static String html() {
        return SHARED;
    }

    /** For the PDF: the same, then US Letter pages with the notice on top and page numbers below. */
    static String pdf() {
        return SHARED + "\n" + PAGES;
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
