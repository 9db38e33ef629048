package org.quire.lifecycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A workgroup's calendar of Panel meetings as the signed-in person sees it.
 *
 * @param meetings chronological
 * @param mayManage whether this person keeps the calendar (STAFF)
 * @param today today in the Panel's zone
 */
public record PanelCalendar(List<PanelMeeting> meetings, boolean mayManage, LocalDate today, ZoneId zone) {

    public PanelCalendar {
        meetings = List.copyOf(meetings);
    }
}
