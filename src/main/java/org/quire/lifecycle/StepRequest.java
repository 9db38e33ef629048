package org.quire.lifecycle;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A member's proposal that STAFF take a lifecycle step. It stands while the proposal is still in
 * {@code from} and nobody decided it.
 */
public record StepRequest(StepRequestId id, ProposalId proposal, WorkgroupId workgroup, ProposalState from,
        ProposalState to, String reason, PersonKey by, Instant at, Status status, @Nullable PersonKey decidedBy,
        @Nullable Instant decidedAt, String answer) {

    public static final int MAX_REASON = 1_000;

    public enum Status {
        PENDING, TAKEN, DECLINED
    }
}
