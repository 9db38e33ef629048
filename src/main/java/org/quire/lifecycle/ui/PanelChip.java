package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.Anchor;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeetings;
import org.quire.proposal.ui.ReaderAnnotations;
import org.quire.proposal.ui.ReaderPage;
import org.springframework.stereotype.Component;

/**
 * A chip in the reader's header, beside the state badge: the Panel meeting the proposal goes to and
 * the days left to its deadline ("Panel: Feb 2027 · 42 days to deadline"), linking to the lifecycle page.
 */
@Component
class PanelChip implements ReaderAnnotations {

    private final PanelMeetings meetings;

    PanelChip(PanelMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void annotate(ReaderPage page) {
        if (!page.proposal().state().isOpen()) {
            return;
        }
        var target = meetings.targetOf(page.proposal().id()).orElse(null);
        if (target == null || target.meeting() == null) {
            return;
        }
        var meeting = target.meeting();
        var text = "Panel: " + PanelDates.month(meeting.firstDay()) + " · " + (target.submittedForMeeting()
                ? "submitted" : DeadlineWords.brief(target.daysLeft()));
        var chip = new Anchor(DeadlineWords.lifecyclePath(page.proposal().id().value()), text);
        chip.setId("panel-chip");
        chip.addClassName("panel-chip");
        chip.getElement().setAttribute("title", meeting.name() + ": application deadline "
                + PanelDates.day(meeting.applicationDeadline()));
        page.header().add(chip);
    }
}
