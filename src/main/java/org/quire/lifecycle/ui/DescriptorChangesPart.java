package org.quire.lifecycle.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.FamilyChange;
import org.quire.lifecycle.MilestoneComparison;

/**
 * The descriptor set's part of a comparison, in short: each family and descriptor that changed, and
 * the external codes; the descriptor set's own diff page shows every field's old and new words.
 */
class DescriptorChangesPart extends Section {

    DescriptorChangesPart(MilestoneComparison comparison) {
        setId("descriptor-changes");
        addClassName("milestone-descriptor-changes");
        int from = comparison.descriptorsFrom();
        int to = comparison.descriptorsTo();
        add(new H2("Code descriptors"));
        var diff = comparison.descriptors();
        if (diff.isEmpty()) {
            var none = new Paragraph(from == to ? "No changes to the code descriptors (revision " + to + " in both)."
                    : "No changes to the code descriptors (revisions " + from + " and " + to + " read the same).");
            none.addClassName("empty-state");
            none.setId("no-descriptor-changes");
            add(none);
            return;
        }
        add(new Paragraph("Revision " + from + " → " + to + "."));
        var list = new UnorderedList();
        list.setId("descriptor-change-list");
        diff.families().forEach(family -> list.add(item(family(family), "family")));
        diff.descriptors().forEach(change -> list.add(item(descriptor(change), change.kind().name())));
        if (!diff.externalCodesAdded().isEmpty()) {
            list.add(item("Now marked external: " + String.join(", ", diff.externalCodesAdded()) + ".", "external"));
        }
        if (!diff.externalCodesRemoved().isEmpty()) {
            list.add(item("No longer marked external: " + String.join(", ", diff.externalCodesRemoved()) + ".",
                    "external"));
        }
        add(list);
        var full = new Anchor(MilestoneRoutes.descriptorDiff(comparison.proposal(), from, to),
                "See every changed field, word by word");
        full.setId("descriptor-diff-link");
        add(full);
    }

    private static ListItem item(String text, String kind) {
        var item = new ListItem(text);
        item.getElement().setAttribute("data-kind", kind.toLowerCase(Locale.ROOT));
        return item;
    }

    static String descriptor(DescriptorChange change) {
        var shown = change.after() != null ? change.after() : change.before();
        var code = shown == null ? "A descriptor" : shown.label();
        return switch (change.kind()) {
            case ADDED -> code + ": added.";
            case REMOVED -> code + ": removed.";
            case CHANGED -> change.fields().isEmpty() ? code + ": moved."
                    : code + ": " + change.fields().stream().map(field -> field(field.field()))
                    .collect(Collectors.joining(", ")) + " changed" + (change.moved() ? ", and moved." : ".");
        };
    }

    private static String field(DescriptorField field) {
        return switch (field) {
            case CODE -> "code";
            case ACTION -> "action";
            case PARENT -> "indentation";
            case TEXT -> "descriptor text";
            case CURRENT_TEXT -> "current text";
            case FLAGS -> "marks";
            case NOTES -> "notes";
            case FAMILY_NAME -> "family name";
        };
    }

    private static String family(FamilyChange family) {
        return switch (family.kind()) {
            case ADDED -> "Family added: “" + family.nameAfter() + "”.";
            case REMOVED -> "Family removed: “" + family.nameBefore() + "”.";
            case CHANGED -> family.nameBefore() != null && !family.nameBefore().equals(family.nameAfter())
                    ? "Family renamed: “" + family.nameBefore() + "” → “" + family.nameAfter() + "”"
                    + (family.moved() ? ", and moved." : ".")
                    : "Family “" + family.nameAfter() + "” moved.";
        };
    }
}
