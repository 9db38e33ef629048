package org.quire.lifecycle;

import java.util.Optional;

import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;

/** The workgroup's vote on the milestone under approval. */
@Service
public class Votes {

    Votes() {
    }

    /** Opens the ballot on the milestone made on entering WORKGROUP_APPROVAL (on Quire's behalf). */
    void open(Milestone milestone, PersonKey by) {
        throw new UnsupportedOperationException("Votes come with the lifecycle work in progress.");
    }

    /** Ends an undecided ballot when the proposal leaves approval without one (returned, withdrawn). */
    void cancel(ProposalId proposalId, PersonKey by, String reason) {
        throw new UnsupportedOperationException("Votes come with the lifecycle work in progress.");
    }

    /** Whether the ballot on the current approval milestone was decided, and how. */
    Optional<Boolean> approved(ProposalId proposalId) {
        return Optional.empty();
    }
}
