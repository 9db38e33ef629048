package org.quire.export.internal;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;

/**
 * "Summary of code changes": one row per new, revised or deleted code, as the web's summary table
 * ({@link DescriptorRendering#summary}) has them: the code after its marks, what happens to it, and
 * the descriptor cut short.
 */
final class DocxSummaryTable {

    static final String HEADING = "Summary of code changes";
    static final List<String> COLUMNS = List.of("Code", "Action", "Descriptor");

    private DocxSummaryTable() {
    }

    static void append(XWPFDocument document, DescriptorSet set) {
        DocxRuns.heading(document, DocxStyles.HEADING_1, HEADING);
        var changes = set.descriptors().stream().filter(d -> d.action().isChange()).toList();
        if (changes.isEmpty()) {
            DocxRuns.text(document.createParagraph(), "No code changes.", DocxRuns.Format.PLAIN);
            return;
        }
        var table = DocxTables.table(document, COLUMNS, changes.size());
        for (int at = 0; at < changes.size(); at++) {
            var descriptor = changes.get(at);
            code(DocxTables.cell(table, at + 1, 0), descriptor);
            DocxRuns.text(DocxTables.cell(table, at + 1, 1), action(descriptor.action()), DocxRuns.Format.PLAIN);
            DocxRuns.text(DocxTables.cell(table, at + 1, 2), DescriptorRendering.shortDescriptor(set, descriptor),
                    DocxRuns.Format.PLAIN);
        }
    }

    /** The marks, a space, then the code in the code style: "▲★ 9X2X1". */
    static void code(XWPFParagraph paragraph, Descriptor descriptor) {
        var marks = DocxDescriptors.marks(descriptor);
        if (!marks.isEmpty()) {
            DocxRuns.text(paragraph, marks + " ", DocxRuns.Format.PLAIN);
        }
        DocxRuns.run(paragraph, descriptor.code(), DocxRuns.Format.PLAIN).setStyle(DocxStyles.CODE);
    }

    private static String action(DescriptorAction action) {
        return switch (action) {
            case NEW -> "New";
            case REVISED -> "Revised";
            case DELETED -> "Deleted";
            case UNCHANGED -> "Unchanged";
        };
    }
}
