package org.quire.lifecycle;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as STAFF enter it. Leave the deadline or the agenda day empty to have it computed
 * ({@link PanelDates}); give one to keep the Panel's own when it differs ("about" three months).
 */
public record NewPanelMeeting(String name, @Nullable LocalDate firstDay, @Nullable String place,
        @Nullable LocalDate applicationDeadline, @Nullable LocalDate agendaPublished) {

    public static NewPanelMeeting computed(String name, LocalDate firstDay, @Nullable String place) {
        return new NewPanelMeeting(name, firstDay, place, null, null);
    }
}
