package org.quire.export.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Tables as the template's look has them (a thin grid, a shaded bold header row that repeats on each
 * page, the full text width), formatted directly: see {@link DocxStyles#TABLE_RULE}.
 */
final class DocxTables {

    private DocxTables() {
    }

    /**
     * A table of {@code headerRows} header rows and {@code bodyRows} further rows, {@code columns} wide,
     * each cell holding one empty paragraph in the table text style.
     */
    static XWPFTable table(XWPFDocument document, int headerRows, int bodyRows, int columns) {
        var table = document.createTable(Math.max(1, headerRows + bodyRows), Math.max(1, columns));
        table.setWidth("100%");
        table.setCellMargins(40, 100, 40, 100);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, DocxStyles.TABLE_RULE);
        for (int at = 0; at < table.getNumberOfRows(); at++) {
            var row = table.getRow(at);
            if (at < headerRows) {
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
            }
            for (var cell : row.getTableCells()) {
                paragraph(cell).setStyle(DocxStyles.TABLE_TEXT);
                if (at < headerRows) {
                    cell.setColor(DocxStyles.HEADER_FILL);
                }
            }
        }
        return table;
    }

    /** A table whose one header row names the columns, with room for {@code rows} rows below it. */
    static XWPFTable table(XWPFDocument document, List<String> header, int rows) {
        var table = table(document, 1, rows, header.size());
        for (int column = 0; column < header.size(); column++) {
            DocxRuns.text(cell(table, 0, column), header.get(column), DocxRuns.Format.BOLD);
        }
        return table;
    }

    /** The cell's first paragraph, to write into. */
    static XWPFParagraph cell(XWPFTable table, int row, int column) {
        return paragraph(table.getRow(row).getCell(column));
    }

    /** A further paragraph in the cell, in the table text style. */
    static XWPFParagraph addParagraph(XWPFTable table, int row, int column) {
        var paragraph = table.getRow(row).getCell(column).addParagraph();
        paragraph.setStyle(DocxStyles.TABLE_TEXT);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
    }
}
