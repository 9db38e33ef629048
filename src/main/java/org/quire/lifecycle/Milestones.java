package org.quire.lifecycle;

import org.quire.proposal.StateChange;
import org.springframework.stereotype.Service;

/** Milestones of a proposal: made on entering a state or by hand, viewed as they were, compared. */
@Service
public class Milestones {

    Milestones() {
    }

    /** Made by the lifecycle on entering COMMENT_PERIOD, WORKGROUP_APPROVAL or SUBMITTED, on Quire's behalf. */
    Milestone captureOnEntry(StateChange change) {
        throw new UnsupportedOperationException("Milestones come with the lifecycle work in progress.");
    }
}
