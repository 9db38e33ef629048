package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/** A PDF through openhtmltopdf on PDFBox 3, with an embedded font that has every CPT symbol, and page numbers. */
@Component
public class PdfApplicationWriter implements ApplicationWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
