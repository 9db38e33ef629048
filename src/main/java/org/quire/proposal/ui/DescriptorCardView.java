package org.quire.proposal.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.textfield.TextFieldBase;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.SemicolonConvention;

/**
 * Shows a descriptor as the edited set now has it in its card: values, which fields apply, the
 * parent's shared words, and the problems next to their fields. The field the person just typed
 * into, and a field holding refused input, keep what the person typed.
 */
final class DescriptorCardView {

    private final DescriptorCard card;

    DescriptorCardView(DescriptorCard card) {
        this.card = card;
    }

    void show(Descriptor descriptor, @Nullable Descriptor parent, EditedDescriptorSet edited) {
        var report = edited.report();
        var id = descriptor.id();
        card.heading.setText(descriptor.code().isEmpty() ? "New code" : descriptor.code());
        card.setClassName("descriptor-child", descriptor.hasParent());
        card.setClassName("descriptor-deleted", descriptor.action() == DescriptorAction.DELETED);
        card.getElement().setAttribute("data-code", descriptor.code());
        card.notes.rename(descriptor.label());
        card.buttons.name(descriptor.label(), descriptor.hasParent());

        update(card.code, descriptor.code(), DescriptorField.CODE, edited);
        FieldMessages.show(card.code, edited.refusal(card.key(DescriptorField.CODE)),
                Stream.concat(report.forField(id, DescriptorField.CODE).stream(),
                        report.forField(id, DescriptorField.PARENT).stream()).toList());

        if (card.action.getValue() != descriptor.action()) {
            card.action.setValue(descriptor.action());
        }
        FieldMessages.show(card.action, List.of(), report.forField(id, DescriptorField.ACTION));

        card.text.setLabel(textLabel(descriptor, parent));
        update(card.text, descriptor.text(), DescriptorField.TEXT, edited);
        card.text.setVisible(descriptor.action() != DescriptorAction.DELETED || !card.text.getValue().isBlank());
        FieldMessages.show(card.text, edited.refusal(card.key(DescriptorField.TEXT)),
                report.forField(id, DescriptorField.TEXT));

        update(card.currentText, descriptor.currentText(), DescriptorField.CURRENT_TEXT, edited);
        card.currentText.setVisible(descriptor.action().hasCurrentText() || !card.currentText.getValue().isBlank());
        FieldMessages.show(card.currentText, edited.refusal(card.key(DescriptorField.CURRENT_TEXT)),
                report.forField(id, DescriptorField.CURRENT_TEXT));

        if (!card.flags.getValue().equals(descriptor.flags())) {
            card.flags.setValue(descriptor.flags());
        }
        FieldMessages.show(card.flags, List.of(), report.forField(id, DescriptorField.FLAGS));

        var notesKey = card.key(DescriptorField.NOTES);
        var refusedNotes = edited.refusal(notesKey);
        card.notes.show(descriptor.notes(), notesKey.equals(edited.lastField()) || !refusedNotes.isEmpty());
        card.notes.showProblems(refusedNotes, report.forField(id, DescriptorField.NOTES));
    }

    /** An indented code's field holds only its own part; the label gives the words it follows. */
    private static String textLabel(Descriptor descriptor, @Nullable Descriptor parent) {
        if (!descriptor.hasParent()) {
            return "Descriptor text";
        }
        if (parent == null) {
            return "Descriptor text (its parent is not in the set)";
        }
        return SemicolonConvention.sharedPart(parent.shownText())
                .map(shared -> "Own part, read after “" + shared + "”")
                .orElse("Own part (" + parent.label() + " has no semicolon yet, so this reads alone)");
    }

    /** Sets the field's value unless the person just typed it, or typed something the set refused. */
    private void update(TextFieldBase<?, String> field, String value, DescriptorField which,
            EditedDescriptorSet edited) {
        var key = card.key(which);
        if (key.equals(edited.lastField()) || !edited.refusal(key).isEmpty()) {
            return;
        }
        if (!field.getValue().strip().equals(value)) {
            field.setValue(value);
        }
    }
}
