package org.quire.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.internal.BallotStore;
import org.quire.lifecycle.internal.VotingRulesStore;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.PersonKey;
import org.quire.workgroup.ActiveMembers;
import org.quire.workgroup.Membership;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Opens and ends ballots as the proposal enters and leaves workgroup approval, on Quire's behalf
 * (nobody's role is checked: the lifecycle checked the step), and says how the current round came
 * out for the step to submission.
 */
@Component
class BallotRounds {

    private static final int ATTEMPTS = 3;

    private final BallotStore ballots;
    private final VotingRulesStore rules;
    private final ActiveMembers members;
    private final PersonDirectory people;
    private final ProposalStates states;
    private final AuditTrail audit;
    private final Clock clock;

    BallotRounds(BallotStore ballots, VotingRulesStore rules, ActiveMembers members, PersonDirectory people,
            ProposalStates states, AuditTrail audit, Clock clock) {
        this.ballots = ballots;
        this.rules = rules;
        this.members = members;
        this.people = people;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One ballot per entry into approval: the same milestone twice opens nothing new; an earlier
     * ballot still open (it should have been cancelled on leaving) ends first.
     */
    Ballot open(Milestone milestone, PersonKey by) {
        var latest = ballots.latest(milestone.proposal());
        if (latest.isPresent() && latest.get().ballot().isOpen()) {
            if (latest.get().ballot().milestone().equals(milestone.id())) {
                return latest.get().ballot();
            }
            cancel(milestone.proposal(), by, "A new approval round began.");
        }
        var keys = members.of(milestone.workgroup()).stream().filter(m -> m.role() == WorkgroupRole.MEMBER)
                .map(Membership::person).toList();
        var known = people.findAll(keys);
        var eligible = keys.stream().map(key -> new Voter(key, known.containsKey(key) ? known.get(key).name()
                : key.subject())).toList();
        var inForce = rules.find(milestone.workgroup()).orElse(VotingRules.DEFAULT);
        var opened = ballots.insert(new Ballot(new BallotId("new"), milestone.proposal(), milestone.workgroup(),
                milestone.id(), milestone.name(), eligible, inForce, List.of(), now(), by, null, null,
                null, null, null, ""));
        audit.record(AuditEntry.of(by, "lifecycle.ballot-opened", milestone.workgroup().value(), "ballot",
                opened.id().value()).withChange(null, "\"" + milestone.name() + "\", " + eligible.size()
                        + " eligible, " + inForce.describe()));
        return opened;
    }

    /** An undecided open ballot becomes cancelled; a decided one stays as it was. */
    void cancel(ProposalId proposal, PersonKey by, String reason) {
        for (int attempt = 1; ; attempt++) {
            var latest = ballots.latest(proposal).filter(v -> v.ballot().isOpen());
            if (latest.isEmpty()) {
                return;
            }
            var b = latest.get().ballot();
            var given = reason == null || reason.isBlank() ? "The proposal left workgroup approval." : reason.strip();
            try {
                ballots.update(new BallotStore.Versioned(new Ballot(b.id(), b.proposal(), b.workgroup(),
                        b.milestone(), b.milestoneName(), b.eligible(), b.rules(), b.votes(), b.opened(),
                        b.openedBy(), null, null, null, now(), by, given), latest.get().version()));
                audit.record(AuditEntry.of(by, "lifecycle.ballot-cancelled", b.workgroup().value(), "ballot",
                        b.id().value()).withChange(null, given));
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /**
     * Empty while the ballot of the current approval round is undecided (or there is none); a ballot
     * opened before the proposal last entered approval belongs to an earlier round.
     */
    Optional<Boolean> approved(ProposalId proposal) {
        var latest = ballots.latest(proposal).map(BallotStore.Versioned::ballot);
        if (latest.isEmpty() || !latest.get().decided()) {
            return Optional.empty();
        }
        var entries = new ArrayList<>(states.timeline(proposal));
        entries.removeIf(change -> change.to() != ProposalState.WORKGROUP_APPROVAL);
        if (!entries.isEmpty() && latest.get().opened().isBefore(entries.getLast().at())) {
            return Optional.empty();
        }
        return Optional.of(latest.get().result() == BallotResult.APPROVED);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
