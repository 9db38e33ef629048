package org.quire.lifecycle;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;

/**
 * An open proposal with the Panel meeting it goes to, for the workgroup home.
 *
 * @param meeting {@code null} when none is chosen (or none is left in the calendar)
 * @param daysLeft to the meeting's application deadline (0 without a meeting)
 * @param submitted whether it was submitted for that meeting
 */
public record DueProposal(ProposalId proposal, String number, String title, ProposalState state,
        @Nullable PanelMeeting meeting, long daysLeft, boolean submitted) {
}
