package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.forEveryone;
import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.COMMENTER;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelMeetingId;
import org.quire.lifecycle.PanelMeetings;
import org.quire.lifecycle.PanelOutcome;
import org.quire.lifecycle.PanelSettings;

/**
 * The lifecycle module's Panel meetings (DD012): whoever opens the workgroup reads its calendar,
 * STAFF keep it, choose the meeting a proposal goes to and record outcomes. The fixture's proposal
 * is a draft, so recording an outcome passes the policy and is then rejected by the state rule.
 */
final class PanelMeetingOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};

    private PanelMeetingOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("PanelMeetings.calendar(WorkgroupId)", f -> meetings(f).calendar(f.workgroupId()),
                        STAFF, MEMBER, COMMENTER, OBSERVER),
                of("PanelMeetings.schedule(WorkgroupId, NewPanelMeeting)", f -> meetings(f).schedule(f.workgroupId(),
                        NewPanelMeeting.computed("Matrix meeting", today(f).plusDays(180), "Chicago, IL")), STAFF),
                of("PanelMeetings.change(PanelMeetingId, NewPanelMeeting)", f -> meetings(f).change(meeting(f),
                        NewPanelMeeting.computed("Matrix meeting, moved", today(f).plusDays(201), null)), STAFF)
                        .arranging(PanelMeetingOperations::meeting),
                of("PanelMeetings.recordSummary(PanelMeetingId, LocalDate)", f -> meetings(f)
                        .recordSummary(pastMeeting(f), today(f).minusDays(1)), STAFF)
                        .arranging(PanelMeetingOperations::pastMeeting),
                of("PanelMeetings.target(ProposalId, PanelMeetingId)", f -> meetings(f).target(f.proposal().id(),
                        meeting(f)), STAFF).arranging(PanelMeetingOperations::meeting),
                of("PanelMeetings.targetOf(ProposalId)", f -> meetings(f).targetOf(f.proposal().id()), READERS),
                of("PanelMeetings.outlook(ProposalId)", f -> meetings(f).outlook(f.proposal().id()), READERS),
                of("PanelMeetings.recordOutcome(ProposalId, PanelOutcome, String)", f -> meetings(f)
                        .recordOutcome(f.proposal().id(), PanelOutcome.ACCEPTED, "Accepted."), STAFF)
                        .rejecting(STAFF),
                forEveryone("PanelMeetings.dueSoon(WorkgroupId)", f -> meetings(f).dueSoon(f.workgroupId())));
    }

    private static PanelMeetings meetings(Fixture fixture) {
        return fixture.bean(PanelMeetings.class);
    }

    private static LocalDate today(Fixture fixture) {
        return fixture.bean(PanelSettings.class).today(fixture.bean(Clock.class));
    }

    /** A meeting about seven months ahead, its deadline still to come. */
    static PanelMeetingId meeting(Fixture fixture) {
        return fixture.once("panel meeting", () -> fixture.as(STAFF, () -> meetings(fixture).schedule(
                fixture.workgroupId(), NewPanelMeeting.computed("Matrix meeting", today(fixture).plusDays(200), null))
                .id()));
    }

    /** A meeting held ten days ago, its summary not yet recorded. */
    static PanelMeetingId pastMeeting(Fixture fixture) {
        return fixture.once("past panel meeting", () -> fixture.as(STAFF, () -> meetings(fixture).schedule(
                fixture.workgroupId(), NewPanelMeeting.computed("Matrix past meeting", today(fixture).minusDays(10),
                        null)).id()));
    }
}
