package org.quire.proposal;

/**
 * The lifecycle of DESIGN.md section 2. Comment periods move a proposal into {@code COMMENT_PERIOD}
 * and on to {@code REVISING} ({@link CommentPeriods}); the lifecycle module moves the others
 * ({@link ProposalStates}). What each state allows is said here, so every check reads the same rule.
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

    /**
     * Whether the text (sections, their order, the descriptor set) may change. From workgroup
     * approval on, the text is what the workgroup votes on and the Panel reads: changes need the
     * proposal back in revision first (after a failed vote, or after the Panel postponed it).
     */
    public boolean allowsEditing() {
        return this == DRAFTING || this == COMMENT_PERIOD || this == REVISING;
    }

    /** Whether new comments and replies are taken: not once the proposal is decided or withdrawn. */
    public boolean allowsCommenting() {
        return isOpen();
    }

    /** Whether members vote: only on the milestone under workgroup approval. */
    public boolean allowsVoting() {
        return this == WORKGROUP_APPROVAL;
    }

    /** Not yet decided by the Panel nor withdrawn: {@code WITHDRAWN} may still be reached. */
    public boolean isOpen() {
        return this != ACCEPTED && this != REJECTED && this != WITHDRAWN;
    }

    /** Why the text cannot change in this state, for refusals and the editor's notice. */
    public String frozenReason() {
        return switch (this) {
            case WORKGROUP_APPROVAL -> "The workgroup is voting on this proposal's milestone; its text is frozen "
                    + "until the proposal returns to revision.";
            case SUBMITTED -> "This proposal is submitted to the CPT Editorial Panel; its text is frozen until the "
                    + "Panel's outcome.";
            case POSTPONED -> "The Panel postponed this proposal; move it back to revision to change its text.";
            case ACCEPTED, REJECTED -> "The Panel has decided this proposal; its text no longer changes.";
            case WITHDRAWN -> "This proposal is withdrawn; its text no longer changes.";
            default -> "";
        };
    }
}
