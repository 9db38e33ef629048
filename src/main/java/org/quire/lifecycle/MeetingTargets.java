package org.quire.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.lifecycle.internal.MeetingTargetStore;
import org.quire.lifecycle.internal.PanelMeetingStore;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the meeting each proposal goes to, once {@link PanelMeetings} checked the caller
 * and the proposal's state: choices, submissions and the Panel's decisions, each kept in its history.
 */
@Component
class MeetingTargets {

    private static final int ATTEMPTS = 3;

    private final MeetingTargetStore targets;
    private final PanelMeetingStore meetings;
    private final MissedDeadlines missed;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingTargets(MeetingTargetStore targets, PanelMeetingStore meetings, MissedDeadlines missed, AuditTrail audit,
            Clock clock) {
        this.targets = targets;
        this.meetings = meetings;
        this.missed = missed;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proposal's target as of {@code today}, after moving it on if its deadline passed. */
    Optional<MeetingTarget> current(ProposalId proposal, LocalDate today) {
        try {
            missed.catchUp(proposal, today);
        } catch (OptimisticLockingFailureException concurrent) {
            // someone moved it at the same moment: show what is stored now
        }
        return targets.find(proposal).map(stored -> view(stored, today));
    }

    MeetingTarget view(MeetingTargetStore.Stored stored, LocalDate today) {
        var meeting = stored.meeting() == null ? null : meetings.find(stored.meeting()).orElse(null);
        long daysLeft = meeting == null ? 0 : PanelDates.daysLeft(meeting.applicationDeadline(), today);
        return new MeetingTarget(stored.proposal(), stored.workgroup(), meeting, daysLeft, stored.moves(),
                stored.submissions(), stored.decisions());
    }

    MeetingTarget choose(Proposal proposal, PanelMeeting meeting, PersonKey by, LocalDate today) {
        var stored = stored(proposal);
        if (meeting.id().equals(stored.meeting())) {
            return view(stored, today);
        }
        var from = stored.meeting() == null ? null : meetings.find(stored.meeting()).orElse(null);
        var note = (from == null ? "Goes to " : "Moved from " + from.label() + " to ") + meeting.label()
                + " (application deadline " + PanelDates.date(meeting.applicationDeadline()) + ").";
        try {
            missed.retarget(stored, meeting, note, by, today, "lifecycle.panel-meeting-chosen");
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            throw new InputRejected("Someone changed this proposal's meeting at the same moment. Look at it again.");
        }
        return view(targets.find(proposal.id()).orElseThrow(), today);
    }

    void submitted(ProposalId proposal, PersonKey by) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var stored = targets.find(proposal).orElse(null);
            if (stored == null || stored.meeting() == null) {
                return; // the gate lets no proposal through without a meeting
            }
            var submissions = new ArrayList<>(stored.submissions());
            submissions.add(new PanelSubmission(stored.meeting(), by, clock.instant()));
            try {
                targets.save(new MeetingTargetStore.Stored(proposal, stored.workgroup(), stored.meeting(),
                        stored.moves(), submissions, stored.decisions(), stored.version()));
                audit.record(AuditEntry.of(by, "lifecycle.panel-submitted", stored.workgroup().value(), "proposal",
                        proposal.value()).withChange(null, stored.meeting().value()));
                return;
            } catch (OptimisticLockingFailureException concurrent) {
                // the sweep or STAFF wrote meanwhile: add to the fresh copy
            }
        }
    }

    /** Records the decision taken at {@code meeting}; a postponed proposal goes to the next meeting. */
    MeetingTarget decided(Proposal proposal, PanelMeeting meeting, PanelOutcome outcome, String notes, PersonKey by,
            LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            var stored = stored(proposal);
            var decisions = new ArrayList<>(stored.decisions());
            decisions.add(new PanelDecision(meeting.id(), outcome, notes, by, clock.instant()));
            var withDecision = new MeetingTargetStore.Stored(proposal.id(), proposal.workgroup(), stored.meeting(),
                    stored.moves(), stored.submissions(), decisions, stored.version());
            try {
                if (outcome == PanelOutcome.POSTPONED) {
                    // one write: the decision and the move to the next meeting together
                    var next = missed.next(proposal.workgroup(), meeting.firstDay(), today).orElse(null);
                    missed.retarget(withDecision, next, "Postponed by the Panel at " + meeting.label() + "; "
                            + MissedDeadlines.goesTo(next), by, today, "lifecycle.panel-meeting-chosen");
                } else {
                    targets.save(withDecision);
                }
                audit.record(AuditEntry.of(by, "lifecycle.panel-outcome-recorded", proposal.workgroup().value(),
                        "proposal", proposal.id().value()).withChange(meeting.firstDay().toString(), outcome.name()));
                return view(targets.find(proposal.id()).orElseThrow(), today);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new InputRejected("The outcome is recorded on the proposal's state, but its meeting "
                            + "changed at the same moment: look at it again.");
                }
            }
        }
    }

    List<MeetingTargetStore.Stored> ofWorkgroup(org.quire.workgroup.WorkgroupId workgroup) {
        return targets.ofWorkgroup(workgroup);
    }

    private MeetingTargetStore.Stored stored(Proposal proposal) {
        return targets.find(proposal.id()).orElseGet(() -> new MeetingTargetStore.Stored(proposal.id(),
                proposal.workgroup(), null, List.of(), List.of(), List.of(), null));
    }
}
