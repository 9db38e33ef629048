package org.quire.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/**
 * A Word document from the template {@code export/cca-template.docx}: Word heading styles, a page-number
 * footer, the marking's notice in every page's header, CPT markup as real strikethrough and underline
 * runs. In the order of a Code Change Application: cover, summary of code changes, code descriptors,
 * the sections ({@link CodeChangeApplication#inApplicationOrder()}), and the disposition appendix when
 * asked for. Written with POI's API only; nothing in it depends on when it is written but the cover's
 * "Generated" line.
 */
@Component
public class DocxApplicationWriter implements ApplicationWriter {

    /** Shares of the work, for the progress shown: the sections are most of a long proposal. */
    private static final double COVER = 0.05;
    private static final double DESCRIPTORS = 0.3;
    private static final double SECTIONS = 0.9;

    public DocxApplicationWriter() {
        // no collaborators: the template is read from the class path
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        try (var document = DocxTemplate.open(application)) {
            DocxCover.append(document, application);
            progress.advance(COVER, "Cover");
            var set = application.descriptors();
            DocxSummaryTable.append(document, set);
            int families = Math.max(1, set.families().size());
            DocxDescriptors.append(document, set, done -> progress.advance(
                    COVER + (DESCRIPTORS - COVER) * done / families, "Code descriptors"));
            progress.advance(DESCRIPTORS, "Code descriptors");
            var sections = application.inApplicationOrder();
            var body = new DocxHtmlBody(document);
            for (int at = 0; at < sections.size(); at++) {
                var section = sections.get(at);
                DocxRuns.heading(document, DocxStyles.HEADING_1, section.title());
                body.append(section.html());
                progress.advance(DESCRIPTORS + (SECTIONS - DESCRIPTORS) * (at + 1) / sections.size(), section.title());
            }
            if (!application.dispositions().isEmpty()) {
                DocxDispositions.append(document, application.dispositions());
                progress.advance(0.95, "Disposition of comments");
            }
            var written = new ByteArrayOutputStream();
            document.write(written);
            DocxPackage.copy(written.toByteArray(), DocxTemplate.date(application), out);
        }
    }
}
