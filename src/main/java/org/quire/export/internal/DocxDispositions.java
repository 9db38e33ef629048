package org.quire.export.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.quire.comment.DispositionReport;
import org.quire.comment.DispositionRow;
import org.quire.export.CodeChangeApplication;
import org.quire.export.internal.DocxRuns.Format;

/**
 * "Appendix: disposition of comments": per comment period a heading with its dates, a line saying
 * who it was open to and how many threads are disposed, and a table with the columns of the
 * disposition report's spreadsheet (the resulting revision under the disposition). On landscape
 * pages, as eight columns do not fit a portrait page's width.
 */
final class DocxDispositions {

    static final String HEADING = "Appendix: disposition of comments";
    static final List<String> COLUMNS = List.of("#", "Commenter", "Organization", "Place", "Quoted text", "Comment",
            "Disposition", "Response");

    private DocxDispositions() {
    }

    static void append(XWPFDocument document, List<DispositionReport> reports) {
        landscapeFromHere(document);
        DocxRuns.heading(document, DocxStyles.HEADING_1, HEADING);
        for (var report : reports) {
            DocxRuns.heading(document, DocxStyles.HEADING_2, title(report));
            DocxRuns.text(document.createParagraph(), summary(report), Format.PLAIN);
            if (report.rows().isEmpty()) {
                DocxRuns.text(document.createParagraph(), "No commenter started a thread in this period.",
                        Format.PLAIN);
                continue;
            }
            var table = DocxTables.table(document, COLUMNS, report.rows().size());
            for (int at = 0; at < report.rows().size(); at++) {
                row(table, at + 1, at + 1, report.rows().get(at));
            }
        }
    }

    static String title(DispositionReport report) {
        var period = report.period();
        return "Comment period " + CodeChangeApplication.DAY.format(period.opens()) + " to "
                + CodeChangeApplication.DAY.format(period.ends());
    }

    private static String summary(DispositionReport report) {
        var period = report.period();
        var audience = period.audience().everyCommenter() ? "every commenter"
                : String.join(", ", period.audience().organizations());
        var early = period.ends().isBefore(period.closes()) ? " (closed early; it was to close "
                + CodeChangeApplication.DAY.format(period.closes()) + ")" : "";
        return "Open to " + audience + early + ". " + report.disposed() + " of " + report.rows().size()
                + (report.rows().size() == 1 ? " thread" : " threads") + " disposed.";
    }

    private static void row(XWPFTable table, int at, int number, DispositionRow row) {
        var cells = List.of(Integer.toString(number), row.commenter(), row.organization(), row.place(), row.quote(),
                row.comment(), row.dispositionLabel(), row.response());
        for (int column = 0; column < cells.size(); column++) {
            DocxRuns.lines(DocxTables.cell(table, at, column), cells.get(column), Format.PLAIN);
        }
        if (row.revision() != null) {
            DocxRuns.text(DocxTables.addParagraph(table, at, 6), "Resulting revision " + row.revision(),
                    Format.PLAIN);
        }
    }

    /**
     * Ends the pages so far with a section break (keeping their portrait page, header and footer) and
     * turns the pages from here landscape.
     */
    private static void landscapeFromHere(XWPFDocument document) {
        var last = document.getDocument().getBody().getSectPr();
        if (last == null || !last.isSetPgSz()) {
            return;
        }
        var ending = document.createParagraph().getCTP();
        (ending.isSetPPr() ? ending.getPPr() : ending.addNewPPr()).setSectPr((CTSectPr) last.copy());
        var size = last.getPgSz();
        var width = size.getW();
        size.setW(size.getH());
        size.setH(width);
        size.setOrient(STPageOrientation.LANDSCAPE);
    }
}
