package org.quire.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.quire.shared.InputRejected;

/**
 * What a meeting as STAFF entered it must be, every problem said at once: a name, a first day within
 * sensible bounds of today, an application deadline before the meeting and an agenda day between the
 * deadline and the meeting (computed when left empty).
 */
final class MeetingRules {

    static final int YEARS_BACK = 2;
    static final int YEARS_AHEAD = 5;
    static final int MONTHS_OF_DEADLINE = 12;

    private MeetingRules() {
    }

    record Checked(String name, LocalDate firstDay, String place, LocalDate deadline, LocalDate agenda) {
    }

    static Checked check(NewPanelMeeting meeting, @Nullable LocalDate summary, LocalDate today) {
        var problems = new ArrayList<String>();
        var name = meeting.name() == null ? "" : meeting.name().strip();
        if (name.isEmpty()) {
            problems.add("Name the meeting, e.g. \"CPT Editorial Panel, February 2027\".");
        } else if (name.length() > PanelMeeting.MAX_NAME) {
            problems.add("The name has at most " + PanelMeeting.MAX_NAME + " characters.");
        }
        var place = meeting.place() == null ? "" : meeting.place().strip();
        if (place.length() > PanelMeeting.MAX_PLACE) {
            problems.add("The place has at most " + PanelMeeting.MAX_PLACE + " characters.");
        }
        var day = meeting.firstDay();
        if (day == null) {
            problems.add("Choose the meeting's first day.");
            throw new InputRejected(problems);
        }
        if (day.isBefore(today.minusYears(YEARS_BACK)) || day.isAfter(today.plusYears(YEARS_AHEAD))) {
            problems.add("The meeting's first day is between " + PanelDates.date(today.minusYears(YEARS_BACK))
                    + " and " + PanelDates.date(today.plusYears(YEARS_AHEAD)) + ".");
        }
        var deadline = meeting.applicationDeadline() != null ? meeting.applicationDeadline()
                : PanelDates.applicationDeadline(day);
        var agenda = meeting.agendaPublished() != null ? meeting.agendaPublished() : PanelDates.agendaPublished(day);
        if (!deadline.isBefore(day)) {
            problems.add("The application deadline is before the meeting (" + PanelDates.date(day) + ").");
        } else if (deadline.isBefore(day.minusMonths(MONTHS_OF_DEADLINE))) {
            problems.add("The application deadline is at most " + MONTHS_OF_DEADLINE + " months before the meeting.");
        }
        if (!agenda.isBefore(day)) {
            problems.add("The agenda is published before the meeting (" + PanelDates.date(day) + ").");
        } else if (agenda.isBefore(deadline)) {
            problems.add("The agenda is published on or after the application deadline (" + PanelDates.date(deadline)
                    + ").");
        }
        if (summary != null && summary.isBefore(day)) {
            problems.add("The summary of actions was recorded as published on " + PanelDates.date(summary)
                    + ": the meeting cannot begin after it.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new Checked(name, day, place, deadline, agenda);
    }

    static void checkSummary(PanelMeeting meeting, @Nullable LocalDate summary, LocalDate today) {
        if (summary == null) {
            throw new InputRejected("Choose the day the summary of actions was published.");
        }
        if (summary.isBefore(meeting.firstDay())) {
            throw new InputRejected("The summary of actions is published after the meeting begins ("
                    + PanelDates.date(meeting.firstDay()) + ").");
        }
        if (summary.isAfter(today)) {
            throw new InputRejected("Record the summary once it is published: " + PanelDates.date(summary)
                    + " is still to come.");
        }
    }
}
