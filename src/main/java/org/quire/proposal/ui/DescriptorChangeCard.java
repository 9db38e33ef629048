package org.quire.proposal.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.SemicolonConvention;

/**
 * How one descriptor changed between two revisions: added or removed with its code and text, or
 * each changed field with its old and new value (texts and notes with their changed words marked),
 * and where it moved.
 */
class DescriptorChangeCard extends Div {

    private static final Map<DescriptorField, String> LABELS = new EnumMap<>(Map.of(
            DescriptorField.CODE, "Code", DescriptorField.ACTION, "Action", DescriptorField.PARENT, "Indented under",
            DescriptorField.TEXT, "Descriptor", DescriptorField.CURRENT_TEXT, "Current text",
            DescriptorField.FLAGS, "Marks", DescriptorField.NOTES, "Notes", DescriptorField.FAMILY_NAME, "Family name"));

    DescriptorChangeCard(DescriptorChange change, DescriptorSet from, DescriptorSet to) {
        var shown = change.after() != null ? change.after() : change.before();
        addClassName("descriptor-change");
        getElement().setAttribute("data-kind", change.kind().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-code", shown == null ? "" : shown.code());
        var heading = new H3(shown == null ? "A descriptor" : heading(change, shown));
        var kind = new Span(switch (change.kind()) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case CHANGED -> change.fields().isEmpty() ? "Moved" : "Changed";
        });
        kind.addClassNames("state-badge", "change-kind");
        heading.add(kind);
        add(heading);
        switch (change.kind()) {
            case ADDED -> whole(to, change.after(), "Added to the family ");
            case REMOVED -> whole(from, change.before(), "Removed from the family ");
            case CHANGED -> add(fields(change));
        }
        if (change.moved() && change.before() != null && change.after() != null) {
            var moved = new Paragraph(moved(change.id(), from, to));
            moved.addClassName("descriptor-moved");
            add(moved);
        }
    }

    private static String heading(DescriptorChange change, Descriptor shown) {
        var renamed = change.fields().stream().filter(field -> field.field() == DescriptorField.CODE).findFirst();
        return shown.label() + renamed.map(code -> " (was " + (code.before().isBlank() ? "without a code"
                : code.before()) + ")").orElse("") + " ";
    }

    private void whole(DescriptorSet set, @Nullable Descriptor descriptor, String where) {
        if (descriptor == null) {
            return;
        }
        var family = set.familyOf(descriptor.id()).map(f -> f.name()).orElse("");
        add(new Paragraph(where + "“" + family + "”, as a " + descriptor.action().label()
                + marks(descriptor) + ":"));
        var text = new Paragraph(SemicolonConvention.fullDescriptor(set, descriptor));
        text.addClassName("descriptor-text");
        add(text);
        for (var note : descriptor.notes()) {
            var shownNote = new Paragraph("(" + note + ")");
            shownNote.addClassName("descriptor-note");
            add(shownNote);
        }
    }

    /** "Moved within “Visits” from position 2 to 4", or from one family to another. */
    private static String moved(DescriptorId id, DescriptorSet from, DescriptorSet to) {
        var before = from.familyOf(id);
        var after = to.familyOf(id);
        if (before.isEmpty() || after.isEmpty()) {
            return "Moved.";
        }
        if (before.get().id().equals(after.get().id())) {
            return "Moved within “" + after.get().name() + "” from position " + position(before.get(), id)
                    + " to position " + position(after.get(), id) + ".";
        }
        return "Moved from “" + before.get().name() + "” (position " + position(before.get(), id) + ") to “"
                + after.get().name() + "” (position " + position(after.get(), id) + ").";
    }

    private static int position(CodeFamily family, DescriptorId id) {
        var descriptors = family.descriptors();
        for (int i = 0; i < descriptors.size(); i++) {
            if (descriptors.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String marks(Descriptor descriptor) {
        var flags = descriptor.flags().stream().map(DescriptorFlag::label).collect(Collectors.joining(", "));
        return flags.isEmpty() ? "" : " (" + flags + ")";
    }

    private static Component fields(DescriptorChange change) {
        var list = new DescriptionList();
        list.addClassName("changed-fields");
        for (var field : change.fields()) {
            var label = new DescriptionList.Term(LABELS.getOrDefault(field.field(), field.field().name()));
            list.add(label, new DescriptionList.Description(value(field)));
        }
        return list;
    }

    private static Component value(DescriptorChange.FieldChange field) {
        return switch (field.field()) {
            case TEXT, CURRENT_TEXT, NOTES -> new MarkedWords(field.markup());
            default -> {
                var before = new Span(orNone(field.before()));
                before.addClassName("old-value");
                var after = new Span(orNone(field.after()));
                after.addClassName("new-value");
                yield new Span(before, new Span(" → "), after);
            }
        };
    }

    private static String orNone(String value) {
        return Optional.of(value).filter(v -> !v.isBlank()).orElse("(none)");
    }
}
