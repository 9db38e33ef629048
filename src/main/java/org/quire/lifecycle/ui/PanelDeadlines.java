package org.quire.lifecycle.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.lifecycle.DueProposal;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeetings;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.ui.WorkgroupHomeParts;
import org.springframework.stereotype.Component;

/** The workgroup home's "Panel deadlines": each open proposal with its meeting and the days left. */
@Component
class PanelDeadlines implements WorkgroupHomeParts {

    private final PanelMeetings meetings;

    PanelDeadlines(PanelMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void addTo(HasComponents home, Workgroup workgroup) {
        var due = meetings.dueSoon(workgroup.id());
        var part = new Div();
        part.setId("panel-deadlines");
        part.addClassName("panel-deadlines");
        part.add(new H2("Panel deadlines"));
        if (due.isEmpty()) {
            var empty = new Paragraph("No open proposal is on its way to the Panel.");
            empty.setId("no-panel-deadlines");
            part.add(empty);
        } else {
            var list = new UnorderedList();
            due.forEach(proposal -> list.add(item(proposal)));
            part.add(list);
        }
        var calendar = new Anchor(DeadlineWords.calendarPath(workgroup.slug()), "Panel meeting calendar");
        calendar.setId("panel-calendar-link");
        part.add(calendar);
        home.add(part);
    }

    private static ListItem item(DueProposal due) {
        var link = new Anchor(DeadlineWords.lifecyclePath(due.proposal().value()), due.number() + " " + due.title());
        var meeting = due.meeting();
        String text;
        if (meeting == null) {
            text = "no Panel meeting chosen";
        } else if (due.submitted()) {
            text = "submitted for " + meeting.label();
        } else {
            text = meeting.label() + ": " + DeadlineWords.brief(due.daysLeft()) + " ("
                    + PanelDates.date(meeting.applicationDeadline()) + ")";
        }
        var detail = new Span(" · " + text);
        var item = new ListItem(link, detail);
        item.setId("panel-due-" + due.number());
        if (meeting != null && !due.submitted()) {
            item.addClassName(due.daysLeft() < 0 ? "deadline-passed"
                    : due.daysLeft() <= 14 ? "deadline-near" : "deadline-ahead");
        }
        return item;
    }
}
