package org.quire.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Element;
import org.quire.export.internal.DocxRuns.Format;

/**
 * A table of section HTML as a Word table: the rows of its head as header rows (bold, shaded,
 * repeated on each page), the cells' text with its inline formatting, a caption as a bold line
 * before it. Cells spanning several columns are laid out as one (the Markdown tables Quire renders
 * have none).
 */
final class DocxHtmlTable {

    private DocxHtmlTable() {
    }

    static void append(XWPFDocument document, Element table) {
        var rows = new ArrayList<Element>();
        int headerRows = 0;
        for (var part : table.children()) {
            switch (part.normalName()) {
                case "caption" -> {
                    var caption = new DocxHtmlInline(document.createParagraph());
                    caption.paragraph().setKeepNext(true);
                    caption.children(part, Format.BOLD);
                    caption.finish();
                }
                case "thead" -> {
                    var head = rows(part);
                    if (rows.size() == headerRows) {
                        headerRows += head.size(); // a head after body rows is no header
                    }
                    rows.addAll(head);
                }
                case "tbody", "tfoot" -> rows.addAll(rows(part));
                case "tr" -> rows.add(part);
                default -> {
                    // colgroup and the like say nothing Word needs
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(row -> cells(row).size()).max().orElse(1);
        var word = DocxTables.table(document, headerRows, rows.size() - headerRows, columns);
        for (int at = 0; at < rows.size(); at++) {
            var cells = cells(rows.get(at));
            for (int column = 0; column < cells.size(); column++) {
                var cell = cells.get(column);
                var inline = new DocxHtmlInline(DocxTables.cell(word, at, column));
                align(inline, cell.attr("align"));
                inline.children(cell, at < headerRows || cell.normalName().equals("th") ? Format.BOLD : Format.PLAIN);
                inline.finish();
            }
        }
    }

    private static List<Element> rows(Element part) {
        return part.children().stream().filter(child -> child.normalName().equals("tr")).toList();
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(cell -> cell.normalName().equals("td") || cell.normalName().equals("th"))
                .toList();
    }

    private static void align(DocxHtmlInline cell, String align) {
        switch (align) {
            case "right" -> cell.paragraph().setAlignment(ParagraphAlignment.RIGHT);
            case "center" -> cell.paragraph().setAlignment(ParagraphAlignment.CENTER);
            default -> {
                // left, as the template's text
            }
        }
    }
}
