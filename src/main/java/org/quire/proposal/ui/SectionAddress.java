package org.quire.proposal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;

/** The proposal and section named by a section view's address. */
record SectionAddress(ProposalId proposal, SectionId section) {

    static SectionAddress of(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        return new SectionAddress(new ProposalId(parameters.get("id").orElse("")),
                new SectionId(parameters.get("section").orElse("")));
    }

    /** A revision number from the address; anything else is "not found", like a missing page. */
    static int revisionParameter(BeforeEnterEvent event, String name) {
        try {
            return Integer.parseInt(event.getRouteParameters().get(name).orElse(""));
        } catch (NumberFormatException notANumber) {
            throw new java.util.NoSuchElementException("There is no such revision.");
        }
    }
}
