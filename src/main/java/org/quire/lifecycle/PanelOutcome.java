package org.quire.lifecycle;

import org.quire.proposal.ProposalState;

/** What the Panel decided on a submitted proposal, and the state it puts the proposal in. */
public enum PanelOutcome {
    ACCEPTED(ProposalState.ACCEPTED),
    REJECTED(ProposalState.REJECTED),
    POSTPONED(ProposalState.POSTPONED);

    private final ProposalState state;

    PanelOutcome(ProposalState state) {
        this.state = state;
    }

    public ProposalState state() {
        return state;
    }

    public String label() {
        return state.label();
    }
}
