package org.quire.export.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorText;
import org.quire.descriptor.SemicolonConvention;

/**
 * "Code descriptors" laid out as the web's rendering ({@code DescriptorRendering.descriptors}) lays
 * them out: per family a heading, per code one paragraph (marks, code, text), each run of indented
 * codes under their parent showing only their own part, parenthetical notes in paragraphs of their
 * own. A revised code's text is CPT markup: exactly the words {@link ChangeMarkup} gives, struck or
 * underlined as Word runs; a deleted code is struck whole, its note saying what to report instead.
 */
final class DocxDescriptors {

    static final String HEADING = "Code descriptors";

    private final XWPFDocument document;
    private final Map<DescriptorId, Descriptor> byId = new HashMap<>();

    private DocxDescriptors(XWPFDocument document, DescriptorSet set) {
        this.document = document;
        set.descriptors().forEach(descriptor -> byId.putIfAbsent(descriptor.id(), descriptor));
    }

    /** @param familyDone told the number of families written so far, after each */
    static void append(XWPFDocument document, DescriptorSet set, IntConsumer familyDone) {
        DocxRuns.heading(document, DocxStyles.HEADING_1, HEADING);
        if (set.descriptors().isEmpty()) {
            DocxRuns.text(document.createParagraph(), "No code descriptors yet.", DocxRuns.Format.PLAIN);
            return;
        }
        var descriptors = new DocxDescriptors(document, set);
        for (int at = 0; at < set.families().size(); at++) {
            var family = set.families().get(at);
            DocxRuns.heading(document, DocxStyles.HEADING_2,
                    family.name().isBlank() ? "Unnamed code family" : family.name());
            @Nullable Descriptor parent = null;
            for (var descriptor : family.descriptors()) {
                // as on the web: only a code right after its parent (or a sibling) stands indented under it
                if (parent != null && parent.id().equals(descriptor.parent()) && !parent.id().equals(descriptor.id())) {
                    descriptors.entry(descriptor, true);
                    continue;
                }
                descriptors.entry(descriptor, false);
                parent = descriptor.hasParent() ? null : descriptor;
            }
            familyDone.accept(at + 1);
        }
        DocxLegend.append(document, set);
    }

    /** CPT's marks before a code, the action's first: "▲★". */
    static String marks(Descriptor descriptor) {
        return descriptor.action().symbol()
                + descriptor.flags().stream().map(DescriptorFlag::symbol).collect(Collectors.joining());
    }

    private void entry(Descriptor descriptor, boolean indented) {
        var paragraph = DocxRuns.paragraph(document, indented ? DocxStyles.DESCRIPTOR_CHILD : DocxStyles.DESCRIPTOR);
        var marks = marks(descriptor);
        if (!marks.isEmpty()) {
            DocxRuns.text(paragraph, marks + " ", DocxRuns.Format.PLAIN);
        }
        var action = descriptor.action();
        var deleted = action == DescriptorAction.DELETED;
        DocxRuns.run(paragraph, descriptor.code(), deleted ? DocxRuns.Format.STRUCK : DocxRuns.Format.PLAIN)
                .setStyle(DocxStyles.CODE);
        DocxRuns.text(paragraph, " ", DocxRuns.Format.PLAIN);
        if (deleted) {
            DocxRuns.text(paragraph, DescriptorText.normalized(descriptor.currentText()), DocxRuns.Format.STRUCK);
        } else {
            var own = indented ? descriptor.text() : SemicolonConvention.fullDescriptor(parent(descriptor), descriptor);
            var current = indented ? descriptor.currentText() : fullCurrentText(descriptor);
            text(paragraph, action, own, current);
        }
        for (var note : descriptor.notes()) {
            var line = DocxRuns.paragraph(document, DocxStyles.NOTE);
            if (indented) {
                line.setIndentationLeft(DocxStyles.INDENT + DocxStyles.INDENT / 2);
            }
            DocxRuns.text(line, "(" + note + ")", DocxRuns.Format.PLAIN);
        }
    }

    private static void text(XWPFParagraph paragraph, DescriptorAction action, String own, String current) {
        if (action != DescriptorAction.REVISED || current.isBlank()) {
            DocxRuns.text(paragraph, DescriptorText.normalized(own), DocxRuns.Format.PLAIN);
            return;
        }
        for (var run : ChangeMarkup.between(current, own).runs()) {
            var format = switch (run.kind()) {
                case KEPT, SEPARATOR -> DocxRuns.Format.PLAIN;
                case DELETED -> DocxRuns.Format.STRUCK;
                case INSERTED -> DocxRuns.Format.UNDERLINED;
            };
            DocxRuns.text(paragraph, run.text(), format);
        }
    }

    /** A child shown unindented (its parent is elsewhere) reads in full, so its current text must too. */
    private String fullCurrentText(Descriptor descriptor) {
        var parent = parent(descriptor);
        if (parent == null || descriptor.currentText().isBlank()) {
            return descriptor.currentText();
        }
        return SemicolonConvention.fullText(parent.currentText().isBlank() ? parent.text() : parent.currentText(),
                descriptor.currentText());
    }

    private @Nullable Descriptor parent(Descriptor descriptor) {
        var parent = descriptor.parent() == null ? null : byId.get(descriptor.parent());
        return parent == null || parent.id().equals(descriptor.id()) ? null : parent;
    }
}
