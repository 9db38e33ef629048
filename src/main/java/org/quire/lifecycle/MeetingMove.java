package org.quire.lifecycle;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * A change of the meeting a proposal goes to: chosen by STAFF, or moved by Quire after a missed
 * deadline or a postponement ({@link PersonKey#SYSTEM}).
 *
 * @param on the day in the Panel's time zone
 * @param to the meeting it goes to now, or {@code null} when the calendar has no later one
 */
public record MeetingMove(LocalDate on, @Nullable PanelMeetingId from, @Nullable PanelMeetingId to, String note,
        PersonKey by) {
}
