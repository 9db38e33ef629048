package org.quire.lifecycle;

import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What follows a state change, whoever made it (comment periods included): entering a comment
 * period, approval or submission freezes a milestone; approval opens the vote on it; leaving
 * approval other than by submission ends an undecided vote.
 */
@Component
class LifecycleEvents {

    private final Milestones milestones;
    private final Votes votes;

    LifecycleEvents(Milestones milestones, Votes votes) {
        this.milestones = milestones;
        this.votes = votes;
    }

    @EventListener
    void on(ProposalStateChanged changed) {
        var change = changed.change();
        if (change.from() == ProposalState.WORKGROUP_APPROVAL && change.to() != ProposalState.SUBMITTED) {
            votes.cancel(change.proposal(), change.by(), change.reason());
        }
        switch (change.to()) {
            case COMMENT_PERIOD, SUBMITTED -> milestones.captureOnEntry(change);
            case WORKGROUP_APPROVAL -> votes.open(milestones.captureOnEntry(change), change.by());
            default -> {
            }
        }
    }
}
