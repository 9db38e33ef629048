package org.quire.comment;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The disposition report as a spreadsheet: two title rows (proposal, period), then a bold header
 * row that stays in view and filters, then one row per thread with wrapped text. Column widths are
 * fixed for the kind of text each holds: measuring text (autoSizeColumn) needs fonts the server may
 * not have. Cells are written as text, never as formulas, so what commenters wrote cannot run.
 */
final class DispositionReportXlsx {

    static final String SHEET = "Dispositions";
    static final int HEADER_ROW = 3;
    /** Width of each column in characters. */
    private static final int[] WIDTHS = {28, 22, 26, 40, 50, 24, 50, 12};
    /** A spreadsheet cell holds at most 32,767 characters; a longer quote is cut and says so. */
    static final String CUT = " … (cut here: read the rest in Quire)";
    private static final int MAX_CELL = 32_767 - CUT.length();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private DispositionReportXlsx() {
    }

    static void write(DispositionReport report, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(SHEET);
            var styles = new Styles(workbook);
            title(sheet, 0, styles.title, "Disposition report: " + report.proposal().number() + " "
                    + report.proposal().title());
            title(sheet, 1, styles.plain, period(report));
            var header = sheet.createRow(HEADER_ROW);
            for (int column = 0; column < DispositionReportCsv.HEADER.length; column++) {
                var cell = header.createCell(column);
                cell.setCellValue(DispositionReportCsv.HEADER[column]);
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            int at = HEADER_ROW + 1;
            for (var row : report.rows()) {
                var line = sheet.createRow(at++);
                text(line, 0, row.organization(), styles.wrapped);
                text(line, 1, row.commenter(), styles.wrapped);
                text(line, 2, row.place(), styles.wrapped);
                text(line, 3, row.quote(), styles.wrapped);
                text(line, 4, row.comment(), styles.wrapped);
                text(line, 5, row.dispositionLabel(), styles.wrapped);
                text(line, 6, row.response(), styles.wrapped);
                var revision = line.createCell(7);
                revision.setCellStyle(styles.number);
                if (row.revision() != null) {
                    revision.setCellValue(row.revision());
                }
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, at - 1), 0,
                    DispositionReportCsv.HEADER.length - 1));
            workbook.write(out);
        }
    }

    static String period(DispositionReport report) {
        var period = report.period();
        var closing = period.closedEarly() != null && period.closedEarly().isBefore(period.closes())
                ? ", closed early on " + WHEN.format(period.ends()) : "";
        var audience = period.audience().everyCommenter() ? "every commenter"
                : String.join(", ", period.audience().organizations());
        return "Comment period from " + WHEN.format(period.opens()) + " to " + WHEN.format(period.closes()) + closing
                + " (open to " + audience + "); " + report.disposed() + " of " + report.rows().size() + " disposed";
    }

    private static void title(XSSFSheet sheet, int at, CellStyle style, String text) {
        var cell = sheet.createRow(at).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL) + CUT);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle number;

        Styles(XSSFWorkbook workbook) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            plain = workbook.createCellStyle();
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            number.setAlignment(HorizontalAlignment.RIGHT);
        }
    }
}
