package org.quire.export.internal;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.quire.export.CodeChangeApplication;

/**
 * The cover page: what the document is, whose, which proposal at which milestone, when it was frozen
 * and written, and the marking's notice in a box; then a page break. The "Generated" line is the only
 * text that differs between two exports of one milestone.
 */
final class DocxCover {

    static final String KIND = "Code Change Application";

    private DocxCover() {
    }

    static void append(XWPFDocument document, CodeChangeApplication application) {
        line(document, DocxStyles.SUBTITLE, KIND);
        line(document, DocxStyles.TITLE, application.proposalTitle());
        line(document, DocxStyles.COVER_LINE, "Proposal " + application.proposalNumber());
        line(document, DocxStyles.COVER_LINE, application.workgroupName());
        line(document, DocxStyles.COVER_LINE, application.source());
        if (application.frozenAt() != null) {
            line(document, DocxStyles.COVER_LINE, "Frozen " + CodeChangeApplication.DAY.format(application.frozenAt()));
        }
        line(document, DocxStyles.COVER_LINE, generatedLine(application));
        line(document, DocxStyles.COVER_NOTICE, application.marking().notice());
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    static String generatedLine(CodeChangeApplication application) {
        return "Generated " + application.generatedOn();
    }

    private static void line(XWPFDocument document, String style, String text) {
        DocxRuns.text(DocxRuns.paragraph(document, style), text, DocxRuns.Format.PLAIN);
    }
}
