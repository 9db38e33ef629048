package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.proposal.internal.CommentPeriodStore;
import org.quire.proposal.internal.ProposalStore;
import org.quire.shared.PersonKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a proposal's state true to its comment periods (DESIGN.md section 2, one source of truth):
 * {@code COMMENT_PERIOD} exactly while one is open, {@code REVISING} once it closed. Run after
 * every change to a period and by a sweep each minute for periods that open or close on their own
 * time. States the lifecycle moved beyond revising are left alone.
 */
@Component
class PeriodStates {

    /** A sweep looks this far back, so a close missed while Quire was down is still acted on. */
    static final Duration LOOK_BACK = Duration.ofDays(30);
    private static final int ATTEMPTS = 3;

    private final ProposalStore proposals;
    private final CommentPeriodStore periods;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodStates(ProposalStore proposals, CommentPeriodStore periods, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.periods = periods;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${quire.comment-periods.sweep:PT1M}", initialDelayString = "PT10S")
    void sweep() {
        var touched = new LinkedHashSet<ProposalId>();
        periods.endingSince(clock.instant().minus(LOOK_BACK)).forEach(period -> touched.add(period.proposal()));
        touched.forEach(proposal -> sync(proposal, PersonKey.SYSTEM));
    }

    void sync(ProposalId id, PersonKey by) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var proposal = proposals.find(id).orElse(null);
            if (proposal == null || !followsPeriods(proposal.state())) {
                return;
            }
            var now = clock.instant();
            boolean open = periods.ofProposal(id).stream().anyMatch(period -> period.openAt(now));
            var state = open ? ProposalState.COMMENT_PERIOD
                    : proposal.state() == ProposalState.COMMENT_PERIOD ? ProposalState.REVISING : proposal.state();
            boolean opened = proposal.openedForComment() || open;
            if (state == proposal.state() && opened == proposal.openedForComment()) {
                return;
            }
            try {
                proposals.update(new Proposal(proposal.id(), proposal.workgroup(), proposal.number(), proposal.title(),
                        proposal.chargeItems(), state, proposal.sections(), opened, proposal.lastChangedAt(),
                        proposal.lastChangedBy(), proposal.version()));
                audit.record(AuditEntry.of(by, "proposal.state-changed", proposal.workgroup().value(), "proposal",
                        id.value()).withChange(proposal.state().name(), state.name()));
                events.publishEvent(ProposalChanged.ofProposal(id, "proposal.state-changed", by));
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                // someone changed the proposal meanwhile: decide again on the fresh copy
            }
        }
    }

    private static boolean followsPeriods(ProposalState state) {
        return state == ProposalState.DRAFTING || state == ProposalState.COMMENT_PERIOD
                || state == ProposalState.REVISING;
    }
}
