package org.quire.proposal.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorLimits;

/**
 * One descriptor in the form: code, action, text (for an indented code only its own part, the
 * parent's shared words in the label), the current published text of a revised or deleted code,
 * marks, notes, and the buttons that add an indented code, move and remove it. Every change goes to
 * the {@link EditedDescriptorSet}; {@link DescriptorCardView} shows the set's state in the fields.
 */
class DescriptorCard extends Div {

    /** How long typing pauses before the form checks and previews what was typed. */
    static final int TYPING_PAUSE_MILLIS = 300;

    /** What the card's buttons ask of the form. */
    interface Actions {
        void addChild(DescriptorId parent);

        void move(DescriptorId id, int by);

        void remove(DescriptorId id);
    }

    final DescriptorId id;
    final H3 heading = new H3();
    final TextField code = new TextField("Code");
    final Select<DescriptorAction> action = new Select<>();
    final TextArea text = new TextArea();
    final TextArea currentText = new TextArea("Current published text");
    final CheckboxGroup<DescriptorFlag> flags = new CheckboxGroup<>("Marks");
    final NotesEditor notes;
    final DescriptorCardButtons buttons;
    /** While the set's state is being shown, field changes are not edits. */
    private boolean showing;

    DescriptorCard(Descriptor descriptor, EditedDescriptorSet edited, Actions actions) {
        id = descriptor.id();
        addClassName("descriptor-card");
        setId("descriptor-" + id.value());
        heading.addClassName("descriptor-heading");
        code.setId(DescriptorFieldKeys.of(id, DescriptorField.CODE));
        code.setMaxLength(DescriptorLimits.MAX_CODE);
        code.addClassName("descriptor-code");
        FieldMessages.help(code, "Renaming it renames its mentions in texts and notes too.");
        typing(code);
        code.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited.codeChanged(key(DescriptorField.CODE), id, change.getValue());
            }
        });
        action.setLabel("Action");
        action.setId(DescriptorFieldKeys.of(id, DescriptorField.ACTION));
        action.setItems(DescriptorAction.values());
        action.setItemLabelGenerator(DescriptorCard::actionLabel);
        action.setManualValidation(true);
        action.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                edited.descriptorChanged(key(DescriptorField.ACTION), id, d -> d.withAction(change.getValue()));
            }
        });
        text.setId(DescriptorFieldKeys.of(id, DescriptorField.TEXT));
        text.setMaxLength(DescriptorLimits.MAX_TEXT);
        text.addClassName("descriptor-text");
        typing(text);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited.descriptorChanged(key(DescriptorField.TEXT), id, d -> d.withText(change.getValue()));
            }
        });
        currentText.setId(DescriptorFieldKeys.of(id, DescriptorField.CURRENT_TEXT));
        currentText.setMaxLength(DescriptorLimits.MAX_TEXT);
        currentText.addClassName("descriptor-current-text");
        FieldMessages.help(currentText, "As the CPT book prints it today. The struck and underlined words are "
                + "computed from it; never type them.");
        typing(currentText);
        currentText.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited.descriptorChanged(key(DescriptorField.CURRENT_TEXT), id,
                        d -> d.withCurrentText(change.getValue()));
            }
        });
        flags.setId(DescriptorFieldKeys.of(id, DescriptorField.FLAGS));
        flags.setItems(DescriptorFlag.values());
        flags.setItemLabelGenerator(flag -> flag.symbol() + " " + flag.label());
        flags.setManualValidation(true);
        flags.addClassName("descriptor-flags");
        // not only isFromClient: a check box group's changes can come from the server side (its tester's do)
        flags.addValueChangeListener(change -> {
            if (!showing) {
                var chosen = change.getValue().isEmpty() ? EnumSet.noneOf(DescriptorFlag.class)
                        : EnumSet.copyOf(change.getValue());
                edited.descriptorChanged(key(DescriptorField.FLAGS), id, d -> d.withFlags(chosen));
            }
        });
        notes = new NotesEditor(key(DescriptorField.NOTES), descriptor.label(),
                typed -> edited.descriptorChanged(key(DescriptorField.NOTES), id, d -> d.withNotes(typed)));
        buttons = new DescriptorCardButtons(id, actions);
        var head = new Div(heading, buttons);
        head.addClassName("descriptor-card-head");
        var top = new Div(code, action);
        top.addClassName("descriptor-card-top");
        add(head, top, text, currentText, flags, notes);
        show(descriptor, null, edited);
    }

    String key(DescriptorField field) {
        return DescriptorFieldKeys.of(id, field);
    }

    static String actionLabel(DescriptorAction action) {
        return switch (action) {
            case NEW -> "● New";
            case REVISED -> "▲ Revised";
            case DELETED -> "Deleted";
            case UNCHANGED -> "Unchanged (context)";
        };
    }

    /** Shows the descriptor as the set now has it; see {@link DescriptorCardView}. */
    void show(Descriptor descriptor, @Nullable Descriptor parent, EditedDescriptorSet edited) {
        showing = true;
        try {
            new DescriptorCardView(this).show(descriptor, parent, edited);
        } finally {
            showing = false;
        }
    }

    private static void typing(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MILLIS);
        field.setManualValidation(true);
    }
}
