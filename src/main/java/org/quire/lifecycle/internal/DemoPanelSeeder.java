package org.quire.lifecycle.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.lifecycle.MeetingMove;
import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;
import org.quire.lifecycle.PanelMeetingId;
import org.quire.lifecycle.PanelSettings;
import org.quire.proposal.DemoProposalReady;
import org.quire.shared.PersonKey;
import org.quire.workgroup.DemoWorkgroupReady;
import org.quire.workgroup.WorkgroupId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo workgroup a calendar of three Panel meetings (on Thursdays about 4, 7 and 11
 * months after the demo starts) when it has none, and sends the freshly seeded demo proposal to the
 * first, so a first look shows the days left to a deadline.
 */
@Component
class DemoPanelSeeder {

    static final int[] MONTHS_AHEAD = {4, 7, 11};
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final PanelMeetingStore meetings;
    private final MeetingTargetStore targets;
    private final AuditTrail audit;
    private final PanelSettings settings;
    private final Clock clock;

    DemoPanelSeeder(PanelMeetingStore meetings, MeetingTargetStore targets, AuditTrail audit, PanelSettings settings,
            Clock clock) {
        this.meetings = meetings;
        this.targets = targets;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoWorkgroupReady ready) {
        calendar(ready.workgroup(), ready.staff());
    }

    /** The demo proposal may be announced before the calendar is seeded: either order works. */
    @EventListener
    void seed(DemoProposalReady ready) {
        var proposal = ready.proposal();
        var first = calendar(proposal.workgroup(), ready.staff()).stream()
                .filter(m -> !PanelDates.passed(m.applicationDeadline(), today())).findFirst().orElse(null);
        if (first == null || targets.find(proposal.id()).isPresent()) {
            return;
        }
        var note = "Goes to " + first.label() + " (application deadline "
                + PanelDates.date(first.applicationDeadline()) + ").";
        targets.save(new MeetingTargetStore.Stored(proposal.id(), proposal.workgroup(), first.id(),
                List.of(new MeetingMove(today(), null, first.id(), note, ready.staff())), List.of(), List.of(), null));
        audit.record(AuditEntry.of(ready.staff(), "lifecycle.panel-meeting-chosen", proposal.workgroup().value(),
                "proposal", proposal.id().value()).withChange(null, first.firstDay().toString()));
    }

    private List<PanelMeeting> calendar(WorkgroupId workgroup, PersonKey staff) {
        var existing = meetings.ofWorkgroup(workgroup);
        if (!existing.isEmpty()) {
            return existing;
        }
        var today = today();
        for (int months : MONTHS_AHEAD) {
            var day = today.plusMonths(months).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            var saved = meetings.insert(new PanelMeeting(new PanelMeetingId("new"), workgroup,
                    "CPT Editorial Panel, " + MONTH_YEAR.format(day), day, months == 7 ? "Virtual" : "Chicago, IL",
                    PanelDates.applicationDeadline(day), PanelDates.agendaPublished(day), null));
            audit.record(AuditEntry.of(staff, "lifecycle.panel-meeting-scheduled", workgroup.value(),
                    "panel-meeting", saved.id().value()).withChange(null, saved.name()));
        }
        return meetings.ofWorkgroup(workgroup);
    }

    private LocalDate today() {
        return settings.today(clock);
    }
}
