package org.quire.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.internal.MeetingTargetStore;
import org.quire.lifecycle.internal.PanelMeetingStore;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupService;
import org.springframework.stereotype.Service;

/**
 * The Editorial Panel's meetings with their deadlines, the meeting each proposal goes to, and the
 * Panel's outcomes (DD012). Every workgroup keeps its own calendar: its STAFF keep it and choose
 * meetings ({@code MANAGE_PANEL_MEETINGS}); whoever opens the workgroup reads it.
 */
@Service
public class PanelMeetings {

    private final PanelMeetingStore meetings;
    private final MeetingCalendar calendar;
    private final MeetingTargets targets;
    private final ProposalService proposals;
    private final ProposalStates states;
    private final WorkgroupService workgroups;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PanelSettings settings;
    private final Clock clock;

    PanelMeetings(PanelMeetingStore meetings, MeetingCalendar calendar, MeetingTargets targets,
            ProposalService proposals, ProposalStates states, WorkgroupService workgroups, WorkgroupAccess access,
            CurrentPerson currentPerson, PanelSettings settings, Clock clock) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.targets = targets;
        this.proposals = proposals;
        this.states = states;
        this.workgroups = workgroups;
        this.access = access;
        this.currentPerson = currentPerson;
        this.settings = settings;
        this.clock = clock;
    }

    /** The workgroup's meetings, chronological. */
    public PanelCalendar calendar(WorkgroupId workgroup) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.VIEW_WORKGROUP, "workgroup", workgroup.value());
        return new PanelCalendar(meetings.ofWorkgroup(workgroup),
                access.allows(me, workgroup, WorkgroupAction.MANAGE_PANEL_MEETINGS), today(), settings.zone());
    }

    public PanelMeeting schedule(WorkgroupId workgroup, NewPanelMeeting meeting) {
        var me = currentPerson.require();
        access.require(me, workgroup, WorkgroupAction.MANAGE_PANEL_MEETINGS, "panel-meeting", "new");
        return calendar.schedule(workgroup, meeting, me.key());
    }

    public PanelMeeting change(PanelMeetingId id, NewPanelMeeting meeting) {
        var before = managed(id);
        return calendar.change(before, meeting, currentPerson.require().key());
    }

    /** Records the day the Panel published its summary of actions, which opens the reconsideration window. */
    public PanelMeeting recordSummary(PanelMeetingId id, LocalDate published) {
        var before = managed(id);
        return calendar.recordSummary(before, published, currentPerson.require().key());
    }

    /** Chooses the meeting the proposal goes to: one whose deadline has not passed, before submission. */
    public MeetingTarget target(ProposalId id, PanelMeetingId meetingId) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.MANAGE_PANEL_MEETINGS, "proposal", id.value());
        var meeting = meetings.find(meetingId).filter(m -> m.workgroup().equals(proposal.workgroup()))
                .orElseThrow(() -> new InputRejected("There is no such meeting in this workgroup's calendar."));
        if (proposal.state() == ProposalState.SUBMITTED) {
            throw new InputRejected("This proposal is submitted: its meeting no longer changes (a postponement "
                    + "sends it to a later one).");
        }
        if (!proposal.state().isOpen()) {
            throw new InputRejected("This proposal is \"" + proposal.state().label() + "\": it goes to no meeting.");
        }
        var today = today();
        if (PanelDates.passed(meeting.applicationDeadline(), today)) {
            throw new InputRejected("The application deadline for " + meeting.label() + " passed on "
                    + PanelDates.date(meeting.applicationDeadline()) + ": choose a later meeting.");
        }
        return targets.choose(proposal, meeting, me.key(), today);
    }

    /** The meeting the proposal goes to, moved on first if its deadline passed; empty before one is chosen. */
    public Optional<MeetingTarget> targetOf(ProposalId id) {
        proposals.get(id);
        return targets.current(id, today());
    }

    /** Everything the lifecycle page's Panel part shows, for the signed-in person. */
    public MeetingOutlook outlook(ProposalId id) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        var today = today();
        var target = targets.current(id, today).orElse(null);
        var open = meetings.ofWorkgroup(proposal.workgroup()).stream()
                .filter(m -> !PanelDates.passed(m.applicationDeadline(), today)).toList();
        return new MeetingOutlook(proposal, workgroups.workgroup(proposal.workgroup()), target, open,
                access.allows(me, proposal.workgroup(), WorkgroupAction.MANAGE_PANEL_MEETINGS), today,
                settings.zone());
    }

    /**
     * Records the Panel's outcome for a submitted proposal at the meeting it was submitted for, and
     * moves it to the outcome's state; a postponed proposal goes to the next meeting.
     */
    public MeetingTarget recordOutcome(ProposalId id, PanelOutcome outcome, String notes) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.MANAGE_PANEL_MEETINGS, "proposal", id.value());
        var given = notes == null ? "" : notes.strip();
        if (given.length() > PanelDecision.MAX_NOTES) {
            throw new InputRejected("The notes have at most " + PanelDecision.MAX_NOTES + " characters.");
        }
        if (outcome == null) {
            throw new InputRejected("Choose the Panel's outcome.");
        }
        if (proposal.state() != ProposalState.SUBMITTED) {
            throw new InputRejected("Only a submitted proposal gets the Panel's outcome; this one is \""
                    + proposal.state().label() + "\".");
        }
        var today = today();
        var meeting = targets.current(id, today)
                .map(t -> t.lastSubmission().map(PanelSubmission::meeting)
                        .orElse(t.meeting() == null ? null : t.meeting().id()))
                .flatMap(meetings::find)
                .orElseThrow(() -> new InputRejected("This proposal was submitted for no meeting in the calendar."));
        states.move(id, ProposalState.SUBMITTED, outcome.state(), me.key(), given.isEmpty()
                ? "The Panel's outcome at " + meeting.label() + ": " + outcome.label().toLowerCase(Locale.ROOT) + "."
                : given);
        return targets.decided(proposal, meeting, outcome, given, me.key(), today);
    }

    /**
     * The workgroup's open proposals the signed-in person may read, each with its meeting and days
     * left, soonest deadline first; empty for anyone who cannot open the workgroup (the home asks
     * for every visitor, so this never refuses).
     */
    public List<DueProposal> dueSoon(WorkgroupId workgroup) {
        var me = currentPerson.require();
        if (!access.allows(me, workgroup, WorkgroupAction.VIEW_WORKGROUP)) {
            return List.of();
        }
        var today = today();
        var stored = targets.ofWorkgroup(workgroup).stream()
                .collect(Collectors.toMap(MeetingTargetStore.Stored::proposal, Function.identity()));
        return proposals.list(workgroup).stream().filter(p -> p.state().isOpen()).map(p -> {
            var target = stored.containsKey(p.id()) ? targets.current(p.id(), today).orElse(null) : null;
            var meeting = target == null ? null : target.meeting();
            return new DueProposal(p.id(), p.number(), p.title(), p.state(), meeting,
                    target == null ? 0 : target.daysLeft(), target != null && target.submittedForMeeting());
        }).sorted(Comparator.comparing((DueProposal d) -> d.meeting() == null)
                .thenComparing(d -> d.meeting() == null ? LocalDate.MAX : d.meeting().applicationDeadline())
                .thenComparing(DueProposal::number)).toList();
    }

    /** Why the proposal cannot be submitted now (no meeting chosen, or none left), or empty when it can. */
    Optional<String> submissionBlocker(ProposalId proposalId) {
        var target = targets.current(proposalId, today()).orElse(null);
        if (target == null) {
            return Optional.of("Choose the Panel meeting this proposal goes to.");
        }
        var meeting = target.meeting();
        if (meeting == null) {
            return Optional.of("No later Panel meeting is in the calendar: add one and choose it for this proposal.");
        }
        if (target.daysLeft() < 0) {
            return Optional.of("The application deadline for " + meeting.label() + " passed on "
                    + PanelDates.date(meeting.applicationDeadline()) + ".");
        }
        return Optional.empty();
    }

    /** Records that the proposal was submitted for its meeting (called after the state moved). */
    void submitted(ProposalId proposalId, PersonKey by) {
        targets.submitted(proposalId, by);
    }

    private PanelMeeting managed(PanelMeetingId id) {
        var meeting = meetings.find(id).orElseThrow(() -> new NoSuchElementException("There is no such meeting."));
        access.require(currentPerson.require(), meeting.workgroup(), WorkgroupAction.MANAGE_PANEL_MEETINGS,
                "panel-meeting", id.value());
        return meeting;
    }

    private LocalDate today() {
        return settings.today(clock);
    }
}
