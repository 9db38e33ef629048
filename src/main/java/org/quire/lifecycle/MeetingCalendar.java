package org.quire.lifecycle;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.lifecycle.internal.PanelMeetingStore;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Writes a workgroup's meetings once {@link PanelMeetings} checked the caller keeps the calendar. */
@Component
class MeetingCalendar {

    private final PanelMeetingStore meetings;
    private final AuditTrail audit;
    private final PanelSettings settings;
    private final Clock clock;

    MeetingCalendar(PanelMeetingStore meetings, AuditTrail audit, PanelSettings settings, Clock clock) {
        this.meetings = meetings;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    PanelMeeting schedule(WorkgroupId workgroup, NewPanelMeeting entered, PersonKey by) {
        var checked = MeetingRules.check(entered, null, today());
        sameDay(workgroup, checked.firstDay(), null);
        try {
            var saved = meetings.insert(new PanelMeeting(new PanelMeetingId("new"), workgroup, checked.name(),
                    checked.firstDay(), checked.place(), checked.deadline(), checked.agenda(), null));
            audit.record(AuditEntry.of(by, "lifecycle.panel-meeting-scheduled", workgroup.value(), "panel-meeting",
                    saved.id().value()).withChange(null, describe(saved)));
            return saved;
        } catch (DuplicateKeyException sameDayMeanwhile) {
            throw sameDayProblem(checked.firstDay());
        }
    }

    PanelMeeting change(PanelMeeting before, NewPanelMeeting entered, PersonKey by) {
        var checked = MeetingRules.check(entered, before.summaryPublished(), today());
        sameDay(before.workgroup(), checked.firstDay(), before.id());
        try {
            var saved = meetings.update(new PanelMeeting(before.id(), before.workgroup(), checked.name(),
                    checked.firstDay(), checked.place(), checked.deadline(), checked.agenda(),
                    before.summaryPublished()));
            audit.record(AuditEntry.of(by, "lifecycle.panel-meeting-changed", before.workgroup().value(),
                    "panel-meeting", saved.id().value()).withChange(describe(before), describe(saved)));
            return saved;
        } catch (DuplicateKeyException sameDayMeanwhile) {
            throw sameDayProblem(checked.firstDay());
        }
    }

    PanelMeeting recordSummary(PanelMeeting before, @Nullable LocalDate published, PersonKey by) {
        MeetingRules.checkSummary(before, published, today());
        var saved = meetings.update(new PanelMeeting(before.id(), before.workgroup(), before.name(),
                before.firstDay(), before.place(), before.applicationDeadline(), before.agendaPublished(), published));
        var earlier = before.summaryPublished();
        audit.record(AuditEntry.of(by, "lifecycle.panel-summary-recorded", before.workgroup().value(),
                "panel-meeting", saved.id().value()).withChange(earlier == null ? null : earlier.toString(),
                        String.valueOf(published)));
        return saved;
    }

    private void sameDay(WorkgroupId workgroup, LocalDate day, @Nullable PanelMeetingId except) {
        boolean taken = meetings.ofWorkgroup(workgroup).stream()
                .anyMatch(m -> m.firstDay().equals(day) && !m.id().equals(except));
        if (taken) {
            throw sameDayProblem(day);
        }
    }

    private static InputRejected sameDayProblem(LocalDate day) {
        return new InputRejected("The calendar already has a meeting on " + PanelDates.date(day) + ".");
    }

    private LocalDate today() {
        return settings.today(clock);
    }

    private static String describe(PanelMeeting m) {
        return m.name() + " on " + m.firstDay() + ", deadline " + m.applicationDeadline() + ", agenda "
                + m.agendaPublished();
    }
}
