package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.quire.lifecycle.Votes;
import org.quire.proposal.ProposalId;

/** The lifecycle page's vote: the milestone voted on, the tally against quorum and threshold, one's own vote. */
class BallotPanel extends Section {

    BallotPanel(Votes votes, ProposalId proposal, Runnable changed) {
        setId("vote");
        add(new H2("Workgroup vote"));
    }
}
