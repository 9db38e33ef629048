package org.quire.lifecycle;

import java.util.List;

import org.quire.proposal.Proposal;
import org.quire.proposal.StateChange;

/**
 * Where a proposal stands in its lifecycle, for the signed-in person: the steps from here, the
 * members' pending proposals of steps, and the timeline so far.
 */
public record LifecycleOutlook(Proposal proposal, List<NextStep> next, List<StepRequest> pending,
        List<StateChange> timeline, boolean mayDecideRequests) {

    public LifecycleOutlook {
        next = List.copyOf(next);
        pending = List.copyOf(pending);
        timeline = List.copyOf(timeline);
    }
}
