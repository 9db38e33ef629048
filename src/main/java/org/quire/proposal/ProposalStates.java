package org.quire.proposal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.proposal.internal.ProposalStore;
import org.quire.proposal.internal.StateChangeStore;
import org.quire.revision.Revisions;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a proposal's state with its timeline entry, and reads what a milestone freezes. Below the
 * access policy: the lifecycle module checks roles and rules before calling, comment periods move
 * the state on their own time (ArchitectureTest keeps everything else out).
 */
@Component
public class ProposalStates {

    private static final int ATTEMPTS = 3;

    private final ProposalStore proposals;
    private final StateChangeStore timeline;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalStates(ProposalStore proposals, StateChangeStore timeline, Revisions revisions, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.timeline = timeline;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Proposal proposal(ProposalId id) {
        return proposals.find(id).orElseThrow(() -> new NoSuchElementException("There is no such proposal."));
    }

    /**
     * Moves the proposal from {@code from} to {@code to}, records the step and announces it.
     *
     * @throws InputRejected when the proposal is no longer in {@code from} (someone moved it meanwhile)
     */
    public StateChange move(ProposalId id, ProposalState from, ProposalState to, PersonKey by, String reason) {
        for (int attempt = 1; ; attempt++) {
            var proposal = proposal(id);
            if (proposal.state() != from) {
                throw new InputRejected("This proposal is now \"" + proposal.state().label() + "\", not \""
                        + from.label() + "\": someone moved it meanwhile. Look at it again.");
            }
            try {
                return write(proposal, to, proposal.openedForComment(), by, reason);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChange("Others changed this proposal at the same moment. Try again.");
                }
            }
        }
    }

    /** Oldest first. */
    public List<StateChange> timeline(ProposalId id) {
        return timeline.ofProposal(id);
    }

    /** The sections readers see now, in order, with their head revisions, and the descriptor set's head. */
    public ProposalHeads heads(ProposalId id) {
        var proposal = proposal(id);
        var sections = proposal.currentSections().stream().map(section -> new ProposalHeads.SectionHead(section.id(),
                section.kind(), section.title(), revisions.head(section.document()).orElseThrow().number())).toList();
        return new ProposalHeads(id, sections, revisions.head(proposal.descriptorDocument()).orElseThrow().number());
    }

    /** Stores the new state and its timeline entry, audits and announces; comment periods call it too. */
    StateChange write(Proposal proposal, ProposalState to, boolean openedForComment, PersonKey by, String reason) {
        var from = proposal.state();
        proposals.update(new Proposal(proposal.id(), proposal.workgroup(), proposal.number(), proposal.title(),
                proposal.chargeItems(), to, proposal.sections(), openedForComment, proposal.lastChangedAt(),
                proposal.lastChangedBy(), proposal.version()));
        var change = new StateChange(proposal.id(), from, to, by, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                reason);
        if (from != to) {
            timeline.append(change);
            audit.record(AuditEntry.of(by, "proposal.state-changed", proposal.workgroup().value(), "proposal",
                    proposal.id().value()).withChange(from.name(), to.name()));
            events.publishEvent(ProposalChanged.ofProposal(proposal.id(), "proposal.state-changed", by));
            events.publishEvent(new ProposalStateChanged(proposal.workgroup(), change));
        }
        return change;
    }
}
