package org.quire.lifecycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelCalendar;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.shared.InputRejected;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;

/**
 * A workgroup's calendar of CPT Editorial Panel meetings: each with its application deadline, agenda
 * day, summary of actions and reconsideration window. STAFF add and change meetings and record
 * when the summary was published.
 */
@Route("workgroups/:slug/panel-meetings")
@PermitAll
class PanelCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final PanelMeetings meetings;
    private @Nullable Workgroup workgroup;
    private String title = "Panel meetings · Quire";

    PanelCalendarView(WorkgroupService workgroups, PanelMeetings meetings) {
        this.workgroups = workgroups;
        this.meetings = meetings;
        addClassName("panel-calendar");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        title = "Panel meetings · " + workgroup.name() + " · Quire";
        show(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(@Nullable PanelMeeting changing) {
        var shown = workgroup;
        if (shown == null) {
            return;
        }
        var calendar = meetings.calendar(shown.id());
        removeAll();
        add(new Anchor("workgroups/" + shown.slug(), "← " + shown.name()));
        add(new H1("CPT Editorial Panel meetings"));
        var zone = calendar.zone().getId();
        add(new Paragraph("Applications are due about three months before a meeting; the agenda is public about "
                + "ten weeks before it; reconsideration may be asked for within " + PanelDates.RECONSIDERATION_DAYS
                + " days of the published summary of actions. Days are in the Panel's time zone, " + zone
                + "; a deadline day ends at 23:59 there."));
        if (calendar.meetings().isEmpty()) {
            var empty = new Paragraph("No Panel meeting is in the calendar yet."
                    + (calendar.mayManage() ? " Add the next one below." : " STAFF add them."));
            empty.setId("no-meetings");
            add(empty);
        }
        int number = 0;
        for (var meeting : calendar.meetings()) {
            add(row(++number, meeting, calendar));
        }
        if (calendar.mayManage()) {
            add(new MeetingForm(changing, zone, entered -> saved(changing, entered), () -> show(null)));
        }
    }

    private void saved(@Nullable PanelMeeting changing, NewPanelMeeting entered) {
        var shown = workgroup;
        if (shown == null) {
            return;
        }
        if (changing == null) {
            meetings.schedule(shown.id(), entered);
        } else {
            meetings.change(changing.id(), entered);
        }
        show(null);
    }

    private Div row(int number, PanelMeeting meeting, PanelCalendar calendar) {
        var id = "meeting-" + number;
        var heading = new Span(meeting.name());
        heading.addClassName("meeting-name");
        var when = new Span(PanelDates.day(meeting.firstDay()) + (meeting.place().isEmpty() ? "" : ", "
                + meeting.place()));
        long left = PanelDates.daysLeft(meeting.applicationDeadline(), calendar.today());
        var deadline = new Span("Application deadline " + PanelDates.day(meeting.applicationDeadline()) + " ("
                + DeadlineWords.brief(left) + ")");
        deadline.addClassName(left < 0 ? "deadline-passed" : "deadline-ahead");
        var agenda = new Span("Agenda public " + PanelDates.day(meeting.agendaPublished()));
        var summary = new Span(meeting.summaryPublished() == null ? "Summary of actions not yet published"
                : "Summary of actions published " + PanelDates.day(meeting.summaryPublished())
                        + "; reconsideration may be asked for until "
                        + PanelDates.day(meeting.reconsiderationEnds().orElseThrow()));
        summary.setId(id + "-summary-text");
        var row = new Div(heading, when, deadline, agenda, summary);
        row.setId(id);
        row.addClassName("panel-meeting-row");
        if (calendar.mayManage()) {
            var change = new Button("Change", click -> show(meeting));
            change.setId(id + "-change");
            row.add(change);
            if (!meeting.firstDay().isAfter(calendar.today())) {
                row.add(summaryForm(id, meeting));
            }
        }
        return row;
    }

    private Div summaryForm(String id, PanelMeeting meeting) {
        var published = new DatePicker("Summary of actions published on");
        published.setId(id + "-summary");
        published.setValue(meeting.summaryPublished());
        var problem = new Paragraph();
        problem.setId(id + "-summary-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        var record = new Button("Record the summary", click -> {
            try {
                if (published.getValue() == null) {
                    throw new InputRejected("Choose the day the summary of actions was published.");
                }
                meetings.recordSummary(meeting.id(), published.getValue());
                show(null);
            } catch (InputRejected rejected) {
                problem.setText(rejected.getMessage());
            }
        });
        record.setId(id + "-record-summary");
        var form = new Div(published, problem, record);
        form.addClassName("summary-form");
        return form;
    }
}
