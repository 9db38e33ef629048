package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/** One self-contained HTML file (styles inline, nothing fetched). */
@Component
public class HtmlApplicationWriter implements ApplicationWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
