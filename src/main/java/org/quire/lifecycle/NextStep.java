package org.quire.lifecycle;

import java.util.List;

/**
 * A step the proposal may take from where it is, as the signed-in person sees it.
 *
 * @param mayTake whether this person may take it now on the lifecycle page (role and no blockers)
 * @param mayRequest whether this person may propose it to STAFF instead
 * @param blockers what keeps it from being taken, each linked to its place
 */
public record NextStep(LifecycleStep step, boolean mayTake, boolean mayRequest, List<Blocker> blockers) {

    public NextStep {
        blockers = List.copyOf(blockers);
    }
}
