package org.quire.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

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

    /** The issuer of the stand-in keys of {@link #countsOnly()}: no person has it. */
    public static final String UNNAMED = "urn:quire:unnamed";

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

    /**
     * The ballot as those outside the workgroup's deliberation see it: how many may vote and how
     * many chose each answer stand; who voted how, when, with what note, and who has not voted yet
     * do not (voters and votes are unnamed, the votes in no telling order).
     */
    public Ballot countsOnly() {
        var unnamed = IntStream.range(0, eligible.size())
                .mapToObj(i -> new Voter(new PersonKey(UNNAMED, "voter-" + i), "")).toList();
        var counted = votes.stream().map(Vote::choice).sorted().toList();
        var anonymous = IntStream.range(0, counted.size())
                .mapToObj(i -> new Vote(new PersonKey(UNNAMED, "vote-" + i), counted.get(i), "", opened)).toList();
        return new Ballot(id, proposal, workgroup, milestone, milestoneName, unnamed, rules, anonymous, opened,
                openedBy, decidedAt, decidedBy, result, cancelledAt, cancelledBy, cancelledReason);
    }

    public Tally tally() {
        return Tally.of(eligible.size(), votes, rules);
    }
}
