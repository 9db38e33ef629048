package org.quire.proposal;

/**
 * The lifecycle of DESIGN.md section 2. Comment periods move a proposal into {@code COMMENT_PERIOD}
 * and on to {@code REVISING} ({@link CommentPeriods}); the other transitions come with the lifecycle.
 */
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
