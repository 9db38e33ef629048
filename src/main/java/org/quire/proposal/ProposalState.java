package org.quire.proposal;

/** The lifecycle of DESIGN.md section 2; only DRAFTING is reachable until the lifecycle issue. */
public enum ProposalState {
    DRAFTING("Drafting"),
    COMMENT_PERIOD("Comment period"),
    REVISING("Revising"),
    WORKGROUP_APPROVAL("Workgroup approval"),
    SUBMITTED("Submitted"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    POSTPONED("Postponed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
