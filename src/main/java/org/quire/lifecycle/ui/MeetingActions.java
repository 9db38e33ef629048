package org.quire.lifecycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.lifecycle.MeetingOutlook;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelDecision;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.lifecycle.PanelOutcome;
import org.quire.proposal.ConcurrentChange;
import org.quire.shared.InputRejected;

/**
 * STAFF's part of the Panel meeting panel: choose the meeting (before submission, among meetings
 * whose deadline has not passed) and record the Panel's outcome (once submitted), confirmed first
 * because it moves the proposal. Refusals show beside the controls; what was entered stays.
 */
final class MeetingActions {

    private final PanelMeetings meetings;
    private final MeetingOutlook outlook;
    private final Runnable changed;

    MeetingActions(PanelMeetings meetings, MeetingOutlook outlook, Runnable changed) {
        this.meetings = meetings;
        this.outlook = outlook;
        this.changed = changed;
    }

    void addTo(Section panel) {
        if (outlook.mayChoose()) {
            panel.add(choice());
        }
        if (outlook.mayRecordOutcome()) {
            panel.add(outcome());
        }
    }

    private Div choice() {
        var problem = problem("panel-choice-problem");
        var select = new Select<PanelMeeting>();
        select.setLabel("Meeting this proposal goes to");
        select.setId("panel-meeting-choice");
        select.setItems(outlook.open());
        select.setItemLabelGenerator(m -> m.name() + " · " + PanelDates.date(m.firstDay()) + " · deadline "
                + PanelDates.date(m.applicationDeadline()));
        select.setEmptySelectionAllowed(false);
        var current = outlook.target() == null ? null : outlook.target().meeting();
        if (current != null && outlook.open().contains(current)) {
            select.setValue(current);
        }
        select.setHelperText(outlook.open().isEmpty() ? "No meeting in the calendar has a deadline still to come."
                : "Meetings whose application deadline has not passed.");
        var choose = new Button("Go to this meeting", click -> {
            try {
                if (select.getValue() == null) {
                    throw new InputRejected("Choose a meeting.");
                }
                meetings.target(outlook.proposal().id(), select.getValue().id());
                problem.setText("");
                changed.run();
            } catch (InputRejected rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        choose.setId("choose-panel-meeting");
        var form = new Div(new H3("Choose the meeting"), select, problem, choose);
        form.addClassName("panel-form");
        return form;
    }

    private Div outcome() {
        var problem = problem("panel-outcome-problem");
        var decided = new RadioButtonGroup<PanelOutcome>("The Panel's outcome");
        decided.setId("panel-outcome");
        decided.setItems(PanelOutcome.values());
        decided.setItemLabelGenerator(PanelOutcome::label);
        var notes = new TextArea("Notes");
        notes.setId("panel-outcome-notes");
        notes.setMaxLength(PanelDecision.MAX_NOTES);
        notes.setHelperText("What the Panel said, up to " + PanelDecision.MAX_NOTES + " characters.");
        var record = new Button("Record the outcome", click -> {
            var chosen = decided.getValue();
            if (chosen == null) {
                problem.setText("Choose the Panel's outcome.");
                return;
            }
            var confirm = new ConfirmDialog("Record \"" + chosen.label() + "\"?", "The proposal becomes \""
                    + chosen.state().label() + "\"" + (chosen == PanelOutcome.POSTPONED
                            ? " and goes to the next meeting in the calendar." : ".") + " This is on its timeline.",
                    "Record", confirmed -> record(chosen, notes.getValue(), problem));
            confirm.setCancelable(true);
            confirm.setId("confirm-outcome");
            confirm.open();
        });
        record.setId("record-outcome");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H3("Record the Panel's outcome"), decided, notes, problem, record);
        form.addClassName("panel-form");
        return form;
    }

    private void record(PanelOutcome chosen, String notes, Paragraph problem) {
        try {
            meetings.recordOutcome(outlook.proposal().id(), chosen, notes);
            problem.setText("");
            changed.run();
        } catch (InputRejected | ConcurrentChange rejected) {
            problem.setText(rejected.getMessage());
        }
    }

    private static Paragraph problem(String id) {
        var problem = new Paragraph();
        problem.setId(id);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        return problem;
    }
}
