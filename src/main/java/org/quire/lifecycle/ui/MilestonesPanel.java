package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.ProposalId;

/** The lifecycle page's list of milestones: view one, compare two or one with today, make one by hand. */
class MilestonesPanel extends Section {

    MilestonesPanel(Milestones milestones, ProposalId proposal, Runnable changed) {
        setId("milestones");
        add(new H2("Milestones"));
    }
}
