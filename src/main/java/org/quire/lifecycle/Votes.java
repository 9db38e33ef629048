package org.quire.lifecycle;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.internal.BallotStore;
import org.quire.lifecycle.internal.VotingRulesStore;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The workgroup's vote on the milestone under approval (DD012, Votes): members who were members when
 * the ballot opened approve, oppose or abstain, and may change their minds until STAFF decide;
 * the decided result is final.
 */
@Service
public class Votes {

    private static final int ATTEMPTS = 3;

    private final BallotStore ballots;
    private final VotingRulesStore rules;
    private final BallotRounds rounds;
    private final BallotOutlooks outlooks;
    private final ProposalService proposals;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;

    Votes(BallotStore ballots, VotingRulesStore rules, BallotRounds rounds, BallotOutlooks outlooks,
            ProposalService proposals, WorkgroupAccess access, CurrentPerson currentPerson, AuditTrail audit, Clock clock) {
        this.ballots = ballots;
        this.rules = rules;
        this.rounds = rounds;
        this.outlooks = outlooks;
        this.proposals = proposals;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The latest ballot on the proposal, for whoever may read it; with its counts only for those who
     * may not see who voted how ({@link WorkgroupAction#READ_VOTES}).
     */
    public Optional<Ballot> current(ProposalId id) {
        var shown = shownTo(proposals.get(id));
        return ballots.latest(id).map(BallotStore.Versioned::ballot).map(shown);
    }

    /** Every ballot on the proposal, oldest first (counts only, as for {@link #current}). */
    public List<Ballot> ballots(ProposalId id) {
        var shown = shownTo(proposals.get(id));
        return ballots.ofProposal(id).stream().map(BallotStore.Versioned::ballot).map(shown).toList();
    }

    private UnaryOperator<Ballot> shownTo(Proposal proposal) {
        return access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.READ_VOTES)
                ? UnaryOperator.identity() : Ballot::countsOnly;
    }

    /** The vote as the signed-in person sees it, with what they may do. */
    public BallotOutlook outlook(ProposalId id) {
        return outlooks.of(proposals.get(id), ballots(id));
    }

    /**
     * Casts or changes the signed-in member's vote. Refused (and audited) unless the proposal is under
     * approval with an open ballot and the member was a member when it opened.
     */
    public Ballot cast(ProposalId id, VoteChoice choice, String note) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.VOTE, "proposal", id.value());
        var given = note == null ? "" : note.strip();
        if (given.length() > Vote.MAX_NOTE) {
            throw new InputRejected("The note has at most " + Vote.MAX_NOTE + " characters (it has "
                    + given.length() + ").");
        }
        for (int attempt = 1; ; attempt++) {
            var latest = ballots.latest(id);
            var ballot = latest.map(BallotStore.Versioned::ballot).orElse(null);
            access.requireCondition(ballot != null && ballot.isOpen() && proposal.state().allowsVoting(), me,
                    proposal.workgroup(), WorkgroupAction.VOTE.name(), "proposal", id.value(),
                    ballot != null && ballot.decided() ? "The vote was decided: votes are final once decided."
                            : "There is no open vote on this proposal.");
            access.requireCondition(ballot.eligible(me.key()), me, proposal.workgroup(), WorkgroupAction.VOTE.name(),
                    "ballot", ballot.id().value(), "Only those who were members of the workgroup when the vote "
                            + "opened may vote on it.");
            var before = ballot.voteOf(me.key());
            var votes = new ArrayList<>(ballot.votes());
            votes.removeIf(vote -> vote.voter().equals(me.key()));
            votes.add(new Vote(me.key(), choice, given, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            try {
                var saved = ballots.update(new BallotStore.Versioned(withVotes(ballot, votes), latest.get().version()));
                audit.record(AuditEntry.of(me.key(), before.isPresent() ? "lifecycle.vote-changed"
                        : "lifecycle.vote-cast", proposal.workgroup().value(), "ballot", ballot.id().value())
                        .withChange(before.map(vote -> vote.choice().name()).orElse(null), choice.name()));
                return saved.ballot();
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new InputRejected("Others voted at the same moment. Cast your vote again.");
                }
            }
        }
    }

    /** STAFF close the open ballot: the result is fixed as the tally stands now. */
    public Ballot decide(ProposalId id) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.MANAGE_VOTES, "proposal", id.value());
        for (int attempt = 1; ; attempt++) {
            var latest = ballots.latest(id).filter(versioned -> versioned.ballot().isOpen()).orElseThrow(() ->
                    new InputRejected("There is no open vote to decide on this proposal."));
            var b = latest.ballot();
            var result = b.tally().result();
            try {
                var saved = ballots.update(new BallotStore.Versioned(new Ballot(b.id(), b.proposal(), b.workgroup(),
                        b.milestone(), b.milestoneName(), b.eligible(), b.rules(), b.votes(), b.opened(),
                        b.openedBy(), clock.instant().truncatedTo(ChronoUnit.MILLIS), me.key(), result, null, null,
                        ""), latest.version()));
                audit.record(AuditEntry.of(me.key(), "lifecycle.ballot-decided", b.workgroup().value(), "ballot",
                        b.id().value()).withChange(null, result.name()));
                return saved.ballot();
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new InputRejected("Votes came in at the same moment. Decide again.");
                }
            }
        }
    }

    /** The workgroup's rules for ballots opened from now on. */
    public VotingRules rules(WorkgroupId workgroup) {
        access.require(currentPerson.require(), workgroup, WorkgroupAction.VIEW_WORKGROUP, "voting-rules",
                workgroup.value());
        return rules.find(workgroup).orElse(VotingRules.DEFAULT);
    }

    /** STAFF set the quorum and threshold; ballots already open keep the rules they opened with. */
    public VotingRules setRules(WorkgroupId workgroup, VotingRules changed) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.MANAGE_VOTES, "voting-rules", workgroup.value());
        if (!changed.problems().isEmpty()) {
            throw new InputRejected(changed.problems());
        }
        var before = rules.find(workgroup).orElse(VotingRules.DEFAULT);
        rules.save(workgroup, changed, me.key(), clock.instant());
        audit.record(AuditEntry.of(me.key(), "lifecycle.voting-rules-changed", workgroup.value(), "voting-rules",
                workgroup.value()).withChange(before.describe(), changed.describe()));
        return changed;
    }

    /** Opens the ballot on the milestone made on entering WORKGROUP_APPROVAL (on Quire's behalf). */
    void open(Milestone milestone, PersonKey by) {
        rounds.open(milestone, by);
    }

    /** Ends an undecided ballot when the proposal leaves approval without one (returned, withdrawn). */
    void cancel(ProposalId proposalId, PersonKey by, String reason) {
        rounds.cancel(proposalId, by, reason);
    }

    /** Whether the ballot on the current approval milestone was decided, and how. */
    Optional<Boolean> approved(ProposalId proposalId) {
        return rounds.approved(proposalId);
    }

    private static Ballot withVotes(Ballot b, List<Vote> votes) {
        return new Ballot(b.id(), b.proposal(), b.workgroup(), b.milestone(), b.milestoneName(), b.eligible(),
                b.rules(), votes, b.opened(), b.openedBy(), null, null, null, null, null, "");
    }
}
