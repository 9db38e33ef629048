package org.quire.export.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * DejaVu Sans, bundled (licence beside it in {@code export/fonts}): the PDF's only font, embedded, as
 * the standard PDF fonts lack CPT's marks ● ▲ ★ ⊘ ▶ ◀ ☎ ⚡ and a font found on the server might too.
 * The files are read once per JVM; each document gets its subset from these bytes.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";

    private record Face(int weight, FontStyle style, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private PdfFonts() {
    }

    /** Registers the four faces under {@link #FAMILY}, to be subset into the document when used. */
    static void register(PdfRendererBuilder builder) {
        for (var face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        var resource = "/export/fonts/" + file;
        try (var in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The export's font " + resource + " is missing from the build.");
            }
            return new Face(weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
