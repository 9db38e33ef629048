package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.quire.lifecycle.PanelMeetings;
import org.quire.proposal.ProposalId;

/** The lifecycle page's Panel meeting: the meeting targeted, days left to its deadline, moves, the outcome. */
class MeetingPanel extends Section {

    MeetingPanel(PanelMeetings meetings, ProposalId proposal, Runnable changed) {
        setId("panel-meeting");
        add(new H2("CPT Editorial Panel"));
    }
}
