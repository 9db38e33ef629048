package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.lifecycle.MeetingOutlook;
import org.quire.lifecycle.MeetingTarget;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.proposal.ProposalId;

/**
 * The lifecycle page's Panel meeting: the meeting the proposal goes to with the days left to its
 * application deadline, how it got there, submissions and the Panel's outcomes; STAFF choose the
 * meeting and record the outcome ({@link MeetingActions}).
 */
class MeetingPanel extends Section {

    MeetingPanel(PanelMeetings meetings, ProposalId proposal, Runnable changed) {
        setId("panel-meeting");
        addClassName("meeting-panel");
        add(new H2("CPT Editorial Panel"));
        var outlook = meetings.outlook(proposal);
        var target = outlook.target();
        var meeting = target == null ? null : target.meeting();
        var calendar = new Anchor(DeadlineWords.calendarPath(outlook.workgroup().slug()), "Panel meeting calendar");
        calendar.setId("panel-calendar-link");
        if (meeting == null) {
            var empty = new Paragraph(target == null ? "No Panel meeting is chosen for this proposal yet."
                    : "The calendar has no later Panel meeting for this proposal: STAFF add one and choose it.");
            empty.setId("no-panel-meeting");
            add(empty);
        } else {
            add(meetingShown(outlook, target, meeting));
        }
        add(calendar);
        if (target != null) {
            add(history(target, outlook.zone()));
        }
        new MeetingActions(meetings, outlook, changed).addTo(this);
    }

    private static Paragraph meetingShown(MeetingOutlook outlook, MeetingTarget target, PanelMeeting meeting) {
        var where = meeting.place().isEmpty() ? "" : ", " + meeting.place();
        var name = new Span("Goes to " + meeting.name() + " (" + PanelDates.day(meeting.firstDay()) + where + "). ");
        name.setId("panel-meeting-name");
        var deadline = new Span(target.submittedForMeeting()
                ? "Submitted for this meeting on " + PanelDates.date(target.lastSubmission().orElseThrow().at()
                        .atZone(outlook.zone()).toLocalDate()) + ". "
                : DeadlineWords.left(meeting, target.daysLeft(), outlook.zone()) + ". ");
        deadline.setId("panel-deadline");
        deadline.addClassName(target.daysLeft() < 0 ? "deadline-passed"
                : target.daysLeft() <= 14 ? "deadline-near" : "deadline-ahead");
        var agenda = new Span("The agenda is public on " + PanelDates.day(meeting.agendaPublished()) + ".");
        agenda.setId("panel-agenda");
        var shown = new Paragraph(name, deadline, agenda);
        shown.setId("panel-meeting-target");
        return shown;
    }

    private static UnorderedList history(MeetingTarget target, java.time.ZoneId zone) {
        var list = new UnorderedList();
        list.setId("panel-history");
        list.addClassName("panel-history");
        target.moves().forEach(move -> list.add(new ListItem(PanelDates.date(move.on()) + ": " + move.note())));
        target.decisions().forEach(decision -> list.add(new ListItem(PanelDates.date(decision.at().atZone(zone)
                .toLocalDate()) + ": the Panel's outcome: " + decision.outcome().label()
                + (decision.notes().isEmpty() ? "." : ". " + decision.notes()))));
        list.setVisible(list.getComponentCount() > 0);
        return list;
    }
}
