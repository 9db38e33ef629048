package org.quire.export.internal;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;

/** What the marks used in the set mean, after the descriptors, as the web's legend says it. */
final class DocxLegend {

    static final String TITLE = "Symbols used";

    private DocxLegend() {
    }

    static void append(XWPFDocument document, DescriptorSet set) {
        var used = DescriptorRendering.legend(set);
        if (used.isEmpty()) {
            return;
        }
        var title = DocxRuns.paragraph(document, DocxStyles.LEGEND);
        title.setSpacingBefore(240);
        title.setKeepNext(true);
        DocxRuns.text(title, TITLE, DocxRuns.Format.BOLD);
        used.forEach((symbol, meaning) -> {
            var line = DocxRuns.paragraph(document, DocxStyles.LEGEND);
            DocxRuns.text(line, symbol, DocxRuns.Format.PLAIN);
            line.createRun().addTab();
            DocxRuns.text(line, meaning, DocxRuns.Format.PLAIN);
        });
    }
}
