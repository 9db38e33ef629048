package org.quire.export.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportProgress;

/** A written DOCX read back with POI, and ways to look at it in tests. */
final class DocxReadBack {

    private DocxReadBack() {
    }

    static byte[] write(CodeChangeApplication application) {
        return write(application, ExportProgress.NONE);
    }

    static byte[] write(CodeChangeApplication application, ExportProgress progress) {
        try {
            var out = new ByteArrayOutputStream();
            new DocxApplicationWriter().write(application, out, progress);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument read(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each part of the package by name, as text. */
    static Map<String, String> parts(byte[] docx) {
        var parts = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** "Heading1: Rationale" for each paragraph in one of the heading styles, in order. */
    static List<String> headings(XWPFDocument document) {
        return document.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(p -> p.getStyle() + ": " + p.getText()).toList();
    }

    static XWPFParagraph paragraphStartingWith(XWPFDocument document, String style, String start) {
        return document.getParagraphs().stream()
                .filter(p -> Objects.equals(p.getStyle(), style) && p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + style + " paragraph starts with " + start));
    }

    /** The first table after the heading with this text. */
    static XWPFTable tableAfter(XWPFDocument document, String heading) {
        boolean seen = false;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph && paragraph.getText().equals(heading)
                    && paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
                seen = true;
            } else if (seen && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("No table after " + heading);
    }

    /** Each row's cells' text, a cell's paragraphs on lines of their own. */
    static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream().map(row -> row.getTableCells().stream()
                .map(cell -> cell.getParagraphs().stream().map(XWPFParagraph::getText)
                        .collect(Collectors.joining("\n")))
                .toList()).toList();
    }

    static boolean struck(XWPFRun run) {
        return run.isStrikeThrough();
    }

    static boolean underlined(XWPFRun run) {
        return run.getUnderline() != UnderlinePatterns.NONE;
    }

    /** Every body paragraph with its style and runs (with their marks), to look at the layout. */
    static String dump(XWPFDocument document) {
        var text = new StringBuilder();
        for (var element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(paragraph(paragraph)).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (var row : table.getRows()) {
                    text.append("  | ").append(row.getTableCells().stream()
                            .map(cell -> cell.getParagraphs().stream().map(DocxReadBack::paragraph)
                                    .collect(Collectors.joining(" / ")))
                            .collect(Collectors.joining(" | "))).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String paragraph(XWPFParagraph paragraph) {
        var line = new StringBuilder("[").append(paragraph.getStyle() == null ? "Normal" : paragraph.getStyle());
        if (paragraph.getNumID() != null) {
            line.append(" list ").append(paragraph.getNumID()).append('.').append(paragraph.getNumIlvl());
        }
        line.append("] ");
        for (var run : paragraph.getRuns()) {
            var marks = (run.getStyle().isEmpty() ? "" : run.getStyle()) + (run.isBold() ? "b" : "")
                    + (run.isItalic() ? "i" : "") + (struck(run) ? "S" : "") + (underlined(run) ? "U" : "");
            line.append(marks.isEmpty() ? "" : "{" + marks + "}").append('«').append(run.text()).append('»');
        }
        return line.toString();
    }
}
