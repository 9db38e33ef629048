package org.quire.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * The workgroup's vote on one milestone, opened when the proposal entered workgroup approval. Who
 * may vote and the rules are fixed when it opens, so neither a new member nor new rules move a
 * running count; once decided (or cancelled) nothing on it changes.
 *
 * @param eligible the workgroup's active MEMBERs when it opened
 * @param votes each voter's vote as it stands
 */
public record Ballot(BallotId id, ProposalId proposal, WorkgroupId workgroup, MilestoneId milestone,
        String milestoneName, List<Voter> eligible, VotingRules rules, List<Vote> votes, Instant opened,
        PersonKey openedBy, @Nullable Instant decidedAt, @Nullable PersonKey decidedBy,
        @Nullable BallotResult result, @Nullable Instant cancelledAt, @Nullable PersonKey cancelledBy,
        String cancelledReason) {

    public Ballot {
        eligible = List.copyOf(eligible);
        votes = List.copyOf(votes);
    }

    /** Votes are taken: neither decided nor cancelled. */
    public boolean isOpen() {
        return decidedAt == null && cancelledAt == null;
    }

    public boolean decided() {
        return decidedAt != null;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean eligible(PersonKey person) {
        return eligible.stream().anyMatch(voter -> voter.person().equals(person));
    }

    public Optional<Vote> voteOf(PersonKey person) {
        return votes.stream().filter(vote -> vote.voter().equals(person)).findFirst();
    }

    public Tally tally() {
        return Tally.of(eligible.size(), votes, rules);
    }
}
