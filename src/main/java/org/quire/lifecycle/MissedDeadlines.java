package org.quire.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.lifecycle.internal.MeetingTargetStore;
import org.quire.lifecycle.internal.PanelMeetingStore;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A proposal not yet submitted when its meeting's application deadline passes goes to the next
 * meeting whose deadline has not passed, with a note saying so (or to none, noted, when the calendar
 * has no later meeting). A sweep does it for every workgroup, and reading a proposal's target does it
 * for that proposal, so nobody sees a passed deadline as current. Nothing moves a submitted proposal
 * or one the Panel decided or that was withdrawn.
 */
@Component
class MissedDeadlines {

    private static final Logger log = LoggerFactory.getLogger(MissedDeadlines.class);

    private final PanelMeetingStore meetings;
    private final MeetingTargetStore targets;
    private final ProposalStates states;
    private final AuditTrail audit;
    private final PanelSettings settings;
    private final Clock clock;

    MissedDeadlines(PanelMeetingStore meetings, MeetingTargetStore targets, ProposalStates states, AuditTrail audit,
            PanelSettings settings, Clock clock) {
        this.meetings = meetings;
        this.targets = targets;
        this.states = states;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${quire.panel.sweep:PT15M}", initialDelayString = "PT20S")
    void sweep() {
        sweep(settings.today(clock));
    }

    /** Moves every proposal that missed its meeting's deadline as of {@code today}; returns how many moved. */
    int sweep(LocalDate today) {
        var missed = meetings.deadlineBefore(today).stream().map(PanelMeeting::id).toList();
        int moved = 0;
        for (var target : targets.goingTo(missed)) {
            try {
                if (catchUp(target.proposal(), today).isPresent()) {
                    moved++;
                }
            } catch (OptimisticLockingFailureException concurrent) {
                log.debug("The target of {} changed meanwhile; the next sweep looks again", target.proposal());
            }
        }
        return moved;
    }

    /** Moves the proposal on if it missed its meeting's deadline as of {@code today}; the move, if one was made. */
    Optional<MeetingMove> catchUp(ProposalId proposal, LocalDate today) {
        var stored = targets.find(proposal).orElse(null);
        if (stored == null || stored.meeting() == null) {
            return Optional.empty();
        }
        var missed = meetings.find(stored.meeting()).orElse(null);
        if (missed == null || !PanelDates.passed(missed.applicationDeadline(), today)) {
            return Optional.empty();
        }
        var state = states.proposal(proposal).state();
        if (state == ProposalState.SUBMITTED || !state.isOpen()) {
            return Optional.empty();
        }
        var next = next(stored.workgroup(), missed.firstDay(), today).orElse(null);
        var note = "Missed the application deadline of " + PanelDates.date(missed.applicationDeadline()) + " for "
                + missed.label() + "; " + goesTo(next);
        return Optional.of(retarget(stored, next, note, PersonKey.SYSTEM, today, "lifecycle.panel-deadline-missed"));
    }

    /** The first meeting after {@code after} whose application deadline has not passed {@code today}. */
    Optional<PanelMeeting> next(WorkgroupId workgroup, LocalDate after, LocalDate today) {
        return meetings.ofWorkgroup(workgroup).stream()
                .filter(m -> m.firstDay().isAfter(after) && !PanelDates.passed(m.applicationDeadline(), today))
                .findFirst();
    }

    static String goesTo(@Nullable PanelMeeting next) {
        return next == null ? "no later meeting in the calendar: add one." : "now goes to " + next.label() + ".";
    }

    /**
     * Points the proposal at {@code to} with a move noted and audited.
     *
     * @throws OptimisticLockingFailureException when the target changed meanwhile
     */
    MeetingMove retarget(MeetingTargetStore.Stored stored, @Nullable PanelMeeting to, String note, PersonKey by,
            LocalDate today, String auditAction) {
        var toId = to == null ? null : to.id();
        var move = new MeetingMove(today, stored.meeting(), toId, note, by);
        var moves = new ArrayList<>(stored.moves());
        moves.add(move);
        targets.save(new MeetingTargetStore.Stored(stored.proposal(), stored.workgroup(), toId, moves,
                stored.submissions(), stored.decisions(), stored.version()));
        audit.record(AuditEntry.of(by, auditAction, stored.workgroup().value(), "proposal",
                stored.proposal().value()).withChange(name(stored.meeting()), to == null ? null : to.firstDay()
                        .toString()));
        return move;
    }

    private @Nullable String name(@Nullable PanelMeetingId meeting) {
        return meeting == null ? null : meetings.find(meeting).map(m -> m.firstDay().toString()).orElse(null);
    }
}
