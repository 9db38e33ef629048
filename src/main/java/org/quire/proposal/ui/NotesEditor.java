package org.quire.proposal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.quire.descriptor.DescriptorLimits;
import org.quire.descriptor.Severity;
import org.quire.descriptor.ValidationProblem;

/**
 * A descriptor's parenthetical notes, one field each. A row just added stays on the form while it is
 * empty (the set itself keeps no blank notes); the rows are rebuilt only when the set's notes change
 * by another way, such as renaming a code they mention.
 */
class NotesEditor extends Div {

    private String owner;
    private final Consumer<List<String>> changed;
    private final Div rows = new Div();
    private final Div problems = new Div();
    private final Button add = new Button("Add note");
    private final List<Row> fields = new ArrayList<>();

    private record Row(TextField field, Button remove, Div element) {
    }

    NotesEditor(String key, String owner, Consumer<List<String>> changed) {
        this.owner = owner;
        add.setAriaLabel("Add note to " + owner);
        this.changed = changed;
        setId(key);
        addClassName("descriptor-notes");
        getElement().setAttribute("role", "group");
        var label = new Span("Notes");
        label.setId(key + "-label");
        label.addClassName("notes-label");
        getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        var hint = new Span("Printed in parentheses under the code; type them with or without the parentheses.");
        hint.addClassName("notes-hint");
        problems.addClassName("notes-problems");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(click -> {
            addRow("").focus();
            enableAdd();
        });
        add(label, hint, rows, problems, add);
    }

    /** The code the notes belong to changed: the fields' accessible names say which code. */
    void rename(String code) {
        if (!code.equals(owner)) {
            owner = code;
            add.setAriaLabel("Add note to " + code);
            labelRows();
        }
    }

    /** The set's notes; the rows keep what was typed unless the set says otherwise. */
    void show(List<String> notes, boolean typedHere) {
        if (typedHere || normalized(values()).equals(notes)) {
            return;
        }
        rows.removeAll();
        fields.clear();
        notes.forEach(this::addRow);
        enableAdd();
    }

    void showProblems(List<String> refused, List<ValidationProblem> found) {
        problems.removeAll();
        refused.forEach(message -> problems.add(line(message, "notes-error")));
        if (refused.isEmpty()) {
            found.forEach(problem -> problems.add(problem.severity() == Severity.ERROR
                    ? line(problem.message(), "notes-error") : FieldMessages.warning(problem)));
        }
    }

    /** Focus for a summary link: the first note, or the button that adds one. */
    void focusFirst() {
        if (fields.isEmpty()) {
            add.focus();
        } else {
            fields.getFirst().field().focus();
        }
    }

    private TextField addRow(String note) {
        var field = new TextField();
        field.setValue(note);
        field.setMaxLength(DescriptorLimits.MAX_NOTE);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DescriptorCard.TYPING_PAUSE_MILLIS);
        field.setManualValidation(true);
        field.addClassName("descriptor-note");
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.accept(values());
            }
        });
        var remove = new Button("Remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var element = new Div(field, remove);
        element.addClassName("descriptor-note-row");
        var row = new Row(field, remove, element);
        remove.addClickListener(click -> removeRow(row));
        fields.add(row);
        rows.add(element);
        labelRows();
        return field;
    }

    private void removeRow(Row row) {
        rows.remove(row.element());
        fields.remove(row);
        labelRows();
        enableAdd();
        changed.accept(values());
        focusFirst();
    }

    private void labelRows() {
        for (int i = 0; i < fields.size(); i++) {
            var row = fields.get(i);
            row.field().setAriaLabel("Note " + (i + 1) + " of " + owner);
            row.field().setPlaceholder("Note " + (i + 1));
            row.remove().setAriaLabel("Remove note " + (i + 1) + " of " + owner);
        }
    }

    private void enableAdd() {
        add.setEnabled(fields.size() < DescriptorLimits.MAX_NOTES_PER_DESCRIPTOR);
    }

    List<String> values() {
        return fields.stream().map(row -> row.field().getValue()).toList();
    }

    /** As the set keeps notes: stripped, without enclosing parentheses, blank ones left out. */
    private static List<String> normalized(List<String> typed) {
        return typed.stream().map(String::strip).filter(note -> !note.isEmpty())
                .map(note -> note.startsWith("(") && note.endsWith(")") && note.indexOf(')') == note.length() - 1
                        ? note.substring(1, note.length() - 1).strip() : note)
                .toList();
    }

    private static Paragraph line(String message, String className) {
        var line = new Paragraph(message);
        line.addClassName(className);
        return line;
    }
}
