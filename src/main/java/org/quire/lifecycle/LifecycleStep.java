package org.quire.lifecycle;

import java.util.List;
import java.util.Optional;

import org.quire.proposal.ProposalState;

import static org.quire.proposal.ProposalState.ACCEPTED;
import static org.quire.proposal.ProposalState.COMMENT_PERIOD;
import static org.quire.proposal.ProposalState.DRAFTING;
import static org.quire.proposal.ProposalState.POSTPONED;
import static org.quire.proposal.ProposalState.REJECTED;
import static org.quire.proposal.ProposalState.REVISING;
import static org.quire.proposal.ProposalState.SUBMITTED;
import static org.quire.proposal.ProposalState.WITHDRAWN;
import static org.quire.proposal.ProposalState.WORKGROUP_APPROVAL;

/**
 * One step a proposal may take (DESIGN.md section 2) and how it is taken. The whole lifecycle is the
 * list {@link #ALL}; nothing else moves a proposal.
 */
public record LifecycleStep(ProposalState from, ProposalState to, How how, String label) {

    /** How a step is taken. */
    public enum How {
        /** STAFF take it on the lifecycle page ({@code MOVE_PROPOSAL}); members may propose it. */
        BY_STAFF,
        /** Opening or closing a comment period takes it: one source of truth for that state. */
        BY_COMMENT_PERIOD,
        /** Recording the Panel's outcome against its meeting takes it. */
        BY_OUTCOME
    }

    static final List<LifecycleStep> ALL = List.of(
            new LifecycleStep(DRAFTING, COMMENT_PERIOD, How.BY_COMMENT_PERIOD, "Open a comment period"),
            new LifecycleStep(COMMENT_PERIOD, REVISING, How.BY_COMMENT_PERIOD, "Close the comment period"),
            new LifecycleStep(REVISING, COMMENT_PERIOD, How.BY_COMMENT_PERIOD, "Open a further comment period"),
            new LifecycleStep(REVISING, WORKGROUP_APPROVAL, How.BY_STAFF, "Send to workgroup approval"),
            new LifecycleStep(WORKGROUP_APPROVAL, SUBMITTED, How.BY_STAFF, "Submit to the CPT Editorial Panel"),
            new LifecycleStep(WORKGROUP_APPROVAL, REVISING, How.BY_STAFF, "Return to revision"),
            new LifecycleStep(SUBMITTED, ACCEPTED, How.BY_OUTCOME, "Record the Panel's outcome: accepted"),
            new LifecycleStep(SUBMITTED, REJECTED, How.BY_OUTCOME, "Record the Panel's outcome: rejected"),
            new LifecycleStep(SUBMITTED, POSTPONED, How.BY_OUTCOME, "Record the Panel's outcome: postponed"),
            new LifecycleStep(POSTPONED, REVISING, How.BY_STAFF, "Revise for a later meeting"),
            withdrawal(DRAFTING), withdrawal(COMMENT_PERIOD), withdrawal(REVISING), withdrawal(WORKGROUP_APPROVAL),
            withdrawal(SUBMITTED), withdrawal(POSTPONED));

    /** The steps out of {@code state}, in the order the page offers them. */
    public static List<LifecycleStep> from(ProposalState state) {
        return ALL.stream().filter(step -> step.from() == state).toList();
    }

    public static Optional<LifecycleStep> between(ProposalState from, ProposalState to) {
        return ALL.stream().filter(step -> step.from() == from && step.to() == to).findFirst();
    }

    /** A reason is asked for where the step undoes work: withdrawing, or returning to revision. */
    public boolean needsReason() {
        return to == WITHDRAWN || to == REVISING && how == How.BY_STAFF;
    }

    private static LifecycleStep withdrawal(ProposalState from) {
        return new LifecycleStep(from, WITHDRAWN, How.BY_STAFF, "Withdraw the proposal");
    }
}
