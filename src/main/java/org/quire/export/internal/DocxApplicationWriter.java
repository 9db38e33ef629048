package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/** A Word document from the template {@code export/cca-template.docx}: Word heading styles, a page-number footer, CPT markup as real strikethrough and underline runs. */
@Component
public class DocxApplicationWriter implements ApplicationWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
