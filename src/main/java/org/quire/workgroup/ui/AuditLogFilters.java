package org.quire.workgroup.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditActionLabel;
import org.quire.audit.AuditQuery;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AuditLogChoices;

/**
 * The audit log's filters: person, action (one, or a whole kind), object, and a date range in UTC
 * days. Calls back with a new query whenever one of them changes.
 */
class AuditLogFilters extends Div {

    private final ComboBox<AuditLogChoices.Actor> person = new ComboBox<>("Person");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final ComboBox<String> objectType = new ComboBox<>("Object type");
    private final TextField objectId = new TextField("Object id");
    private final DatePicker from = new DatePicker("From (UTC day)");
    private final DatePicker to = new DatePicker("To (UTC day, included)");
    private final String workgroupId;
    private final Runnable changed;
    private boolean clearing;

    AuditLogFilters(String workgroupId, AuditLogChoices choices, Runnable changed) {
        this.workgroupId = workgroupId;
        this.changed = changed;
        addClassName("audit-filters");
        setId("audit-filters");
        person.setId("filter-person");
        person.setItems(choices.people());
        person.setItemLabelGenerator(AuditLogChoices.Actor::name);
        action.setId("filter-action");
        action.setItems(choices.actions());
        action.setItemLabelGenerator(AuditActionLabel::of);
        objectType.setId("filter-object-type");
        objectType.setItems(choices.objectTypes());
        objectId.setId("filter-object-id");
        objectId.setMaxLength(AuditQuery.MAX_TEXT);
        objectId.setHelperText("Exact id, as shown in the Object column");
        from.setId("filter-from");
        to.setId("filter-to");
        List.of(person, action, objectType).forEach(box -> box.setClearButtonVisible(true));
        objectId.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> changedUnlessClearing());
        action.addValueChangeListener(e -> changedUnlessClearing());
        objectType.addValueChangeListener(e -> changedUnlessClearing());
        objectId.addValueChangeListener(e -> changedUnlessClearing());
        from.addValueChangeListener(e -> changedUnlessClearing());
        to.addValueChangeListener(e -> changedUnlessClearing());

        var clear = new Button("Clear filters", e -> clear());
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        var form = new FormLayout(person, action, objectType, objectId, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        add(form, clear);
    }

    /**
     * The query the filters describe, ending at {@code openedAt} when no end day is chosen (so the
     * pages stay put while new events arrive), or {@code null} with the problem shown when the
     * date range is backwards.
     */
    @Nullable AuditQuery query(Instant openedAt) {
        var chosenPerson = person.getValue();
        try {
            var query = AuditQuery.of(workgroupId).byActor(chosenPerson == null ? null : chosenPerson.key())
                    .withAction(action.getValue()).onObject(objectType.getValue(), objectId.getValue())
                    .between(startOf(from.getValue()), to.getValue() == null ? openedAt
                            : startOf(to.getValue().plusDays(1)));
            to.setInvalid(false);
            return query;
        } catch (InputRejected problem) {
            to.setErrorMessage(String.join(" ", problem.problems()));
            to.setInvalid(true);
            return null;
        }
    }

    boolean any() {
        return person.getValue() != null || action.getValue() != null || objectType.getValue() != null
                || !objectId.getValue().isBlank() || from.getValue() != null || to.getValue() != null;
    }

    private void clear() {
        clearing = true;
        try {
            person.clear();
            action.clear();
            objectType.clear();
            objectId.clear();
            from.clear();
            to.clear();
        } finally {
            clearing = false;
        }
        changed.run();
    }

    private void changedUnlessClearing() {
        if (!clearing) {
            changed.run();
        }
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
