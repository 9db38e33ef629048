package org.quire.descriptor.internal;

import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.quire.descriptor.ChangeMarkup;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorText;
import org.quire.descriptor.SemicolonConvention;

/**
 * One descriptor as a list item: marks, code and text on one line, then (for an indented code) its
 * full descriptor behind a disclosure, then its parenthetical notes. Codes the notes mention link to
 * their descriptors.
 */
final class DescriptorEntryHtml {

    private final SetIndex set;
    private final Map<String, DescriptorId> codes;

    DescriptorEntryHtml(SetIndex set, Map<String, DescriptorId> codes) {
        this.set = set;
        this.codes = codes;
    }

    static String elementId(DescriptorId id) {
        return "cpt-d-" + id.value();
    }

    /** Appends the item; {@code indented} when it stands under its parent and shows only its own part. */
    Element append(Element list, Descriptor descriptor, boolean indented) {
        var action = descriptor.action();
        var item = list.appendElement("li").id(elementId(descriptor.id()))
                .addClass("cpt-descriptor").addClass("cpt-" + action.name().toLowerCase(Locale.ROOT))
                .attr("data-code", descriptor.code()).attr("data-descriptor-id", descriptor.id().value());
        var line = item.appendElement("div").addClass("cpt-entry");
        Symbols.append(line.appendElement("span").addClass("cpt-symbols"), descriptor, ": ");
        // spaces between the parts, so copied text and text-only readers do not run code and words together
        var code = line.appendText(" ").appendElement("span").addClass("cpt-code");
        var text = line.appendText(" ").appendElement("span").addClass("cpt-text");
        if (action == DescriptorAction.DELETED) {
            code.appendElement("del").text(descriptor.code());
            text.appendElement("del").text(DescriptorText.normalized(descriptor.currentText()));
        } else {
            code.text(descriptor.code());
            var own = indented ? descriptor.text() : set.fullDescriptor(descriptor);
            var current = indented ? descriptor.currentText() : fullCurrentText(descriptor);
            appendText(text, action, own, current);
        }
        if (indented) {
            appendFullDescriptor(item, descriptor);
        }
        appendNotes(item, descriptor);
        return item;
    }

    /** A child shown unindented (its parent is elsewhere) reads in full, so its current text must too. */
    private String fullCurrentText(Descriptor descriptor) {
        if (!descriptor.hasParent() || descriptor.currentText().isBlank()) {
            return descriptor.currentText();
        }
        return set.entry(descriptor.parent()).map(SetIndex.Entry::descriptor)
                .filter(parent -> !parent.id().equals(descriptor.id()))
                .map(parent -> SemicolonConvention.fullText(parent.currentText().isBlank() ? parent.text()
                        : parent.currentText(), descriptor.currentText()))
                .orElse(descriptor.currentText());
    }

    private static void appendText(Element text, DescriptorAction action, String own, String current) {
        if (action != DescriptorAction.REVISED || current.isBlank()) {
            text.text(DescriptorText.normalized(own));
            return;
        }
        for (var run : ChangeMarkup.between(current, own).runs()) {
            switch (run.kind()) {
                case KEPT, SEPARATOR -> text.appendText(run.text());
                case DELETED -> text.appendElement("del").addClass("cpt-struck").text(run.text());
                case INSERTED -> text.appendElement("ins").addClass("cpt-added").text(run.text());
            }
        }
    }

    private void appendFullDescriptor(Element item, Descriptor descriptor) {
        var details = item.appendElement("details").addClass("cpt-full");
        var summary = details.appendElement("summary");
        summary.appendText("Full descriptor");
        HtmlTree.hidden(summary, " of " + descriptor.label());
        details.appendElement("p").text(set.fullDescriptor(descriptor));
    }

    private void appendNotes(Element item, Descriptor descriptor) {
        if (descriptor.notes().isEmpty()) {
            return;
        }
        var notes = item.appendElement("ul").addClass("cpt-notes");
        for (var note : descriptor.notes()) {
            CodeLinks.append(notes.appendElement("li").addClass("cpt-note"), "(" + note + ")", codes);
        }
    }
}
