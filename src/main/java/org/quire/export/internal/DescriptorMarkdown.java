package org.quire.export.internal;

import java.util.regex.Pattern;

import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorText;
import org.quire.descriptor.SemicolonConvention;

/**
 * The descriptor set as Markdown in CPT style: summary table, families with their codes (children
 * indented), {@code ~~struck~~} deletions and {@code <u>underlined</u>} additions from the word diff,
 * notes, and the legend of the symbols used. The set's own words are escaped, never markup.
 */
final class DescriptorMarkdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_~\\[\\]<>|#!+])");

    private DescriptorMarkdown() {
    }

    static String of(DescriptorSet set) {
        var out = new StringBuilder("# Code descriptors\n\n## Summary of code changes\n\n");
        out.append("| Code | Change | Descriptor |\n|---|---|---|\n");
        for (var descriptor : set.descriptors()) {
            out.append("| ").append(marks(descriptor)).append(escape(descriptor.code())).append(" | ")
                    .append(descriptor.action().label()).append(" | ")
                    .append(escape(DescriptorText.normalized(descriptor.action() == DescriptorAction.DELETED
                            ? descriptor.currentText() : SemicolonConvention.fullDescriptor(set, descriptor))))
                    .append(" |\n");
        }
        for (var family : set.families()) {
            out.append("\n## ").append(escape(family.name())).append("\n\n");
            for (var descriptor : family.descriptors()) {
                entry(out, descriptor);
            }
        }
        legend(out, set);
        return out.toString();
    }

    private static void entry(StringBuilder out, Descriptor descriptor) {
        var indent = descriptor.hasParent() ? "    " : "";
        out.append(indent).append("- ").append(marks(descriptor));
        if (descriptor.action() == DescriptorAction.DELETED) {
            out.append("~~**").append(escape(descriptor.code())).append("** ")
                    .append(escape(DescriptorText.normalized(descriptor.currentText()))).append("~~");
        } else {
            out.append("**").append(escape(descriptor.code())).append("** ").append(text(descriptor));
        }
        out.append("\n");
        for (var note : descriptor.notes()) {
            out.append(indent).append("  (").append(escape(note)).append(")\n");
        }
    }

    private static String text(Descriptor descriptor) {
        if (descriptor.action() != DescriptorAction.REVISED || descriptor.currentText().isBlank()) {
            return escape(DescriptorText.normalized(descriptor.text()));
        }
        var text = new StringBuilder();
        for (var run : ChangeMarkup.between(descriptor.currentText(), descriptor.text()).runs()) {
            switch (run.kind()) {
                case KEPT, SEPARATOR -> text.append(escape(run.text()));
                case DELETED -> text.append("~~").append(escape(run.text())).append("~~");
                case INSERTED -> text.append("<u>").append(escape(run.text())).append("</u>");
            }
        }
        return text.toString();
    }

    private static String marks(Descriptor descriptor) {
        var marks = new StringBuilder(descriptor.action().symbol().isEmpty() ? "" : descriptor.action().symbol() + " ");
        for (var flag : descriptor.flags()) {
            marks.append(escape(flag.symbol())).append(' ');
        }
        return marks.toString();
    }

    private static void legend(StringBuilder out, DescriptorSet set) {
        out.append("\n## Symbols\n\n");
        DescriptorRendering.legend(set).forEach((symbol, meaning) -> out.append("- ").append(escape(symbol))
                .append(" ").append(meaning).append("\n"));
    }

    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
