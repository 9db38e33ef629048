package org.quire.export.internal;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.quire.export.CodeChangeApplication;

/**
 * The PDF's document information. Dates are the milestone's, never the time of export, and the
 * file identifier is derived from them, so two exports of one milestone differ only in the cover's
 * "Generated" line. The current draft has no such date, so its PDF has no creation date.
 */
final class PdfMetadata {

    static final String QUIRE = "Quire";

    private PdfMetadata() {
    }

    static void apply(PDDocument pdf, CodeChangeApplication application) {
        var info = new PDDocumentInformation();
        info.setTitle(ApplicationHtml.title(application));
        info.setSubject(CoverHtml.KIND + ", " + application.source());
        info.setAuthor(application.workgroupName());
        info.setCreator(QUIRE);
        info.setProducer(QUIRE);
        var frozenAt = application.frozenAt();
        if (frozenAt != null) {
            var frozen = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            frozen.setTimeInMillis(frozenAt.toEpochMilli());
            info.setCreationDate(frozen);
            info.setModificationDate((Calendar) frozen.clone());
        }
        pdf.setDocumentInformation(info);
        // PDFBox seeds the file identifier with the current time unless the document has an id
        pdf.setDocumentId(frozenAt == null ? 0L : frozenAt.toEpochMilli());
    }
}
