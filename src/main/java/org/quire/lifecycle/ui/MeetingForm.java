package org.quire.lifecycle.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;
import org.quire.shared.InputRejected;

/**
 * STAFF add a meeting to the calendar or change one. Choosing the first day fills in the computed
 * application deadline and agenda day, which STAFF may then change to the Panel's own ("about"
 * three months); left empty, they are computed. Refusals show beside the form, what was entered stays.
 */
class MeetingForm extends Div {

    private final TextField name = new TextField("Name");
    private final DatePicker firstDay = new DatePicker("First day");
    private final TextField place = new TextField("Place");
    private final DatePicker deadline = new DatePicker("Application deadline");
    private final DatePicker agenda = new DatePicker("Agenda public on");
    private final Paragraph problem = new Paragraph();

    /** @param save stores the meeting as entered; it throws {@link InputRejected} to refuse */
    MeetingForm(@Nullable PanelMeeting changing, String zone, Consumer<NewPanelMeeting> save, Runnable cancel) {
        setId("meeting-form");
        addClassName("panel-form");
        name.setId("meeting-name");
        name.setMaxLength(PanelMeeting.MAX_NAME);
        name.setPlaceholder("CPT Editorial Panel, February 2027");
        firstDay.setId("meeting-first-day");
        firstDay.setHelperText("Days are in the Panel's time zone, " + zone + ".");
        place.setId("meeting-place");
        place.setMaxLength(PanelMeeting.MAX_PLACE);
        deadline.setId("meeting-deadline");
        deadline.setHelperText("About three months before the meeting; ends at 23:59 " + zone + " time.");
        agenda.setId("meeting-agenda");
        agenda.setHelperText("About ten weeks before the meeting.");
        firstDay.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null && changing == null) {
                deadline.setValue(change.getValue() == null ? null : PanelDates.applicationDeadline(change.getValue()));
                agenda.setValue(change.getValue() == null ? null : PanelDates.agendaPublished(change.getValue()));
            }
        });
        if (changing != null) {
            name.setValue(changing.name());
            firstDay.setValue(changing.firstDay());
            place.setValue(changing.place());
            deadline.setValue(changing.applicationDeadline());
            agenda.setValue(changing.agendaPublished());
        }
        problem.setId("meeting-form-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        var saveButton = new Button(changing == null ? "Add the meeting" : "Save the meeting", click -> {
            try {
                save.accept(new NewPanelMeeting(name.getValue(), firstDay.getValue(), place.getValue(),
                        deadline.getValue(), agenda.getValue()));
                problem.setText("");
            } catch (InputRejected rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        saveButton.setId("save-meeting");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(changing == null ? "Add a meeting" : "Change " + changing.name()), name, firstDay, place,
                deadline, agenda, problem, saveButton);
        if (changing != null) {
            var cancelButton = new Button("Cancel", click -> cancel.run());
            cancelButton.setId("cancel-meeting");
            add(cancelButton);
        }
    }
}
