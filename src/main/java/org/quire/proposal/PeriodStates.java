package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;

import org.quire.proposal.internal.CommentPeriodStore;
import org.quire.proposal.internal.ProposalStore;
import org.quire.shared.PersonKey;
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
    private final ProposalStates states;
    private final Clock clock;

    PeriodStates(ProposalStore proposals, CommentPeriodStore periods, ProposalStates states, Clock clock) {
        this.proposals = proposals;
        this.periods = periods;
        this.states = states;
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
                states.write(proposal, state, opened, by, reason(proposal.state(), state));
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                // someone changed the proposal meanwhile: decide again on the fresh copy
            }
        }
    }

    private static String reason(ProposalState from, ProposalState to) {
        if (to == ProposalState.COMMENT_PERIOD) {
            return from == ProposalState.REVISING ? "A further comment period opened." : "A comment period opened.";
        }
        return to == ProposalState.REVISING ? "The comment period closed." : "";
    }

    private static boolean followsPeriods(ProposalState state) {
        return state == ProposalState.DRAFTING || state == ProposalState.COMMENT_PERIOD
                || state == ProposalState.REVISING;
    }
}
