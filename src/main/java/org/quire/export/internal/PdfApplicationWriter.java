package org.quire.export.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/**
 * A PDF through openhtmltopdf on PDFBox 3: the shared HTML document on US Letter pages, with an
 * embedded font that has every CPT symbol, the marking's notice on top of every page and page numbers
 * below. Nothing outside the document is fetched. Cancelling is checked before the layout, the
 * expensive part.
 */
@Component
public class PdfApplicationWriter implements ApplicationWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        progress.advance(0.05, "Composing the document");
        var document = ApplicationHtml.compose(application);
        PdfPages.prepare(document, application);
        var xhtml = new W3CDom().fromJsoup(document);
        PdfRendererLog.install();
        progress.advance(0.2, "Laying out the pages");
        try (var pdf = new PDDocument()) {
            var builder = new PdfRendererBuilder().useFastMode().usePDDocument(pdf)
                    .withW3cDocument(xhtml, null)
                    .useDefaultPageSize(8.5f, 11f, PageSizeUnits.INCHES)
                    .withProducer(PdfMetadata.QUIRE)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            PdfFonts.register(builder);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                progress.advance(0.75, "Writing the PDF");
                renderer.createPDFWithoutClosing();
            }
            PdfMetadata.apply(pdf, application);
            pdf.save(new KeptOpen(out));
        }
        progress.advance(1, "PDF written");
    }

    /** The caller's stream, written through and left open. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
