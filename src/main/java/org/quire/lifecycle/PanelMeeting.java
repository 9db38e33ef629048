package org.quire.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.workgroup.WorkgroupId;

/**
 * One meeting of the CPT Editorial Panel in a workgroup's calendar. Dates are days in the Panel's
 * time zone ({@code quire.panel.zone}); the deadline and agenda day are those STAFF kept (computed
 * by {@link PanelDates} unless they changed them).
 *
 * @param place where it meets, or empty
 * @param summaryPublished when the Panel published its summary of actions, once STAFF recorded it
 */
public record PanelMeeting(PanelMeetingId id, WorkgroupId workgroup, String name, LocalDate firstDay, String place,
        LocalDate applicationDeadline, LocalDate agendaPublished, @Nullable LocalDate summaryPublished) {

    public static final int MAX_NAME = 120;
    public static final int MAX_PLACE = 120;

    /** The last day to ask for reconsideration, once the summary is out. */
    public Optional<LocalDate> reconsiderationEnds() {
        return Optional.ofNullable(summaryPublished).map(PanelDates::reconsiderationEnds);
    }

    /** "the meeting of 4 Feb 2027", as notes name it. */
    public String label() {
        return "the meeting of " + PanelDates.date(firstDay);
    }
}
