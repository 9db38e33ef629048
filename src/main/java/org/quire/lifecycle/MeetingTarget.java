package org.quire.lifecycle;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.workgroup.WorkgroupId;

/**
 * The Panel meeting a proposal goes to, with how it got there, its submissions and the Panel's
 * outcomes, as of {@code daysLeft}'s day.
 *
 * @param meeting the meeting it goes to, or {@code null} when its deadline passed with no later meeting
 * @param daysLeft to the meeting's application deadline (0 on the day, negative once passed; 0 without a meeting)
 * @param moves oldest first
 */
public record MeetingTarget(ProposalId proposal, WorkgroupId workgroup, @Nullable PanelMeeting meeting, long daysLeft,
        List<MeetingMove> moves, List<PanelSubmission> submissions, List<PanelDecision> decisions) {

    public MeetingTarget {
        moves = List.copyOf(moves);
        submissions = List.copyOf(submissions);
        decisions = List.copyOf(decisions);
    }

    public Optional<PanelSubmission> lastSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.getLast());
    }

    public Optional<PanelDecision> lastDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.getLast());
    }

    /** Whether it was submitted for the meeting it goes to now. */
    public boolean submittedForMeeting() {
        return meeting != null && lastSubmission().filter(s -> s.meeting().equals(meeting.id())).isPresent();
    }
}
