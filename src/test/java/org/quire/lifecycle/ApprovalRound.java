package org.quire.lifecycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.quire.lifecycle.internal.BallotStore;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.internal.ProposalStore;
import org.quire.shared.PersonKey;

/**
 * Puts a proposal under workgroup approval with an open ballot, for tests of votes: the state is
 * written to the store directly (no state change is announced, so no milestone is captured) and the
 * ballot opened through the lifecycle's own hook on a milestone made here, as entering approval does.
 */
public final class ApprovalRound {

    private ApprovalRound() {
    }

    /** Where the beans come from: {@code context::getBean}, or a matrix fixture's {@code fixture::bean}. */
    @FunctionalInterface
    public interface Beans {
        <T> T bean(Class<T> type);
    }

    public static Ballot open(Beans beans, ProposalId id) {
        var store = beans.bean(ProposalStore.class);
        var proposal = store.find(id).orElseThrow();
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.update(new Proposal(proposal.id(), proposal.workgroup(), proposal.number(), proposal.title(),
                proposal.chargeItems(), ProposalState.WORKGROUP_APPROVAL, proposal.sections(), true,
                proposal.lastChangedAt(), proposal.lastChangedBy(), proposal.version()));
        var milestone = new Milestone(new MilestoneId(UUID.randomUUID().toString()), id, proposal.workgroup(),
                "Workgroup approval " + now, ProposalState.WORKGROUP_APPROVAL, now, List.of(), 1, PersonKey.SYSTEM,
                now);
        beans.bean(Votes.class).open(milestone, PersonKey.SYSTEM);
        return beans.bean(BallotStore.class).latest(id).orElseThrow().ballot();
    }

    /** The proposal leaves approval (back to revision) and its undecided ballot ends, as the lifecycle does. */
    public static void returnToRevision(Beans beans, ProposalId id, PersonKey by, String reason) {
        var store = beans.bean(ProposalStore.class);
        var proposal = store.find(id).orElseThrow();
        store.update(new Proposal(proposal.id(), proposal.workgroup(), proposal.number(), proposal.title(),
                proposal.chargeItems(), ProposalState.REVISING, proposal.sections(), true,
                proposal.lastChangedAt(), proposal.lastChangedBy(), proposal.version()));
        beans.bean(Votes.class).cancel(id, by, reason);
    }

    public static Optional<Boolean> approved(Beans beans, ProposalId id) {
        return beans.bean(Votes.class).approved(id);
    }
}
