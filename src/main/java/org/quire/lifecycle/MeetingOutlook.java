package org.quire.lifecycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalState;
import org.quire.workgroup.Workgroup;

/**
 * What the lifecycle page shows about a proposal's Panel meeting, for the signed-in person.
 *
 * @param target the meeting it goes to and its history, or {@code null} before STAFF chose one
 * @param open the workgroup's meetings whose application deadline has not passed, chronological
 * @param mayManage whether this person chooses the meeting and records outcomes (STAFF)
 */
public record MeetingOutlook(Proposal proposal, Workgroup workgroup, @Nullable MeetingTarget target,
        List<PanelMeeting> open, boolean mayManage, LocalDate today, ZoneId zone) {

    public MeetingOutlook {
        open = List.copyOf(open);
    }

    /** STAFF choose a meeting while the proposal is open and not yet submitted. */
    public boolean mayChoose() {
        return mayManage && proposal.state().isOpen() && proposal.state() != ProposalState.SUBMITTED;
    }

    /** STAFF record the Panel's outcome once the proposal is submitted. */
    public boolean mayRecordOutcome() {
        return mayManage && proposal.state() == ProposalState.SUBMITTED;
    }
}
