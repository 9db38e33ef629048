package org.quire.lifecycle;

import java.util.Optional;

import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;

/** The Editorial Panel's meetings with their deadlines, the meeting each proposal goes to, and outcomes. */
@Service
public class PanelMeetings {

    PanelMeetings() {
    }

    /**
     * Why the proposal cannot be submitted now (no meeting chosen, or its deadline passed), or empty
     * when it can.
     */
    Optional<String> submissionBlocker(ProposalId proposalId) {
        return Optional.of("Choose the Panel meeting this proposal goes to.");
    }

    /** Records that the proposal was submitted for its meeting (called after the state moved). */
    void submitted(ProposalId proposalId, PersonKey by) {
        throw new UnsupportedOperationException("Panel meetings come with the lifecycle work in progress.");
    }
}
