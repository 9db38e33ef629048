package org.quire.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The CPT Editorial Panel's rules of thumb for its dates, as calendar arithmetic on days in the
 * Panel's time zone: applications are due about three months before a meeting, the agenda is public
 * about ten weeks before it, and reconsideration may be asked for 14 days after the summary of
 * actions is published. {@link LocalDate#minusMonths} clamps to the month's last day (31 May goes
 * to 28 or 29 February), which is what "three months before" means on a calendar.
 */
public final class PanelDates {

    public static final int MONTHS_BEFORE_DEADLINE = 3;
    public static final int WEEKS_BEFORE_AGENDA = 10;
    public static final int RECONSIDERATION_DAYS = 14;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);

    private PanelDates() {
    }

    public static LocalDate applicationDeadline(LocalDate meeting) {
        return meeting.minusMonths(MONTHS_BEFORE_DEADLINE);
    }

    public static LocalDate agendaPublished(LocalDate meeting) {
        return meeting.minusWeeks(WEEKS_BEFORE_AGENDA);
    }

    /** The last day a reconsideration may be asked for. */
    public static LocalDate reconsiderationEnds(LocalDate summaryPublished) {
        return summaryPublished.plusDays(RECONSIDERATION_DAYS);
    }

    /** Whole days from {@code today} to the deadline day: 0 on the day itself, negative once it passed. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /** A deadline day lasts until its end: it has passed only from the next day on. */
    public static boolean passed(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }

    /** "4 Nov 2026", as move notes and lists write a date. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Thu 4 Feb 2027", where the weekday helps. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Feb 2027", for a meeting in a short space. */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }
}
