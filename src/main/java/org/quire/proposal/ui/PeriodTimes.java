package org.quire.proposal.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.quire.proposal.CommentPeriod;

/**
 * Comment-period times as people read them: in the browser's time zone (commenters of several
 * societies are spread over zones), with the zone named, and the time left in days and hours.
 */
final class PeriodTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz",
            Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.US);

    private final ZoneId zone;

    PeriodTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** The browser's zone when it told Vaadin, else the server's. */
    static PeriodTimes of(UI ui) {
        try {
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                return new PeriodTimes(ZoneId.of(details.getTimeZoneId()));
            }
        } catch (RuntimeException unknownZone) {
            // an unknown or missing zone: the server's is the best guess
        }
        return new PeriodTimes(ZoneId.systemDefault());
    }

    ZoneId zone() {
        return zone;
    }

    String full(Instant when) {
        return WHEN.format(when.atZone(zone));
    }

    String brief(Instant when) {
        return SHORT.format(when.atZone(zone));
    }

    /** "3 days 4 hours", "5 hours 12 minutes", "12 minutes", "less than a minute". */
    static String left(Instant now, Instant until) {
        var left = Duration.between(now, until);
        if (left.toMinutes() < 1) {
            return "less than a minute";
        }
        if (left.toDays() >= 1) {
            return plural(left.toDays(), "day") + " " + plural(left.toHoursPart(), "hour");
        }
        if (left.toHours() >= 1) {
            return plural(left.toHours(), "hour") + " " + plural(left.toMinutesPart(), "minute");
        }
        return plural(left.toMinutes(), "minute");
    }

    static String state(CommentPeriod period, Instant now) {
        if (period.openAt(now)) {
            return "Open";
        }
        if (now.isBefore(period.opens())) {
            return period.closedEarly() != null ? "Cancelled" : "Scheduled";
        }
        return period.closedEarly() != null && period.closedEarly().isBefore(period.closes()) ? "Closed early"
                : "Closed";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
