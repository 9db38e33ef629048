package org.quire.lifecycle.ui;

import java.time.ZoneId;

import org.quire.lifecycle.PanelDates;
import org.quire.lifecycle.PanelMeeting;

/**
 * Days left to a Panel application deadline in words, the same on the lifecycle page, the reader's
 * header and the workgroup home. A deadline day lasts until 23:59:59 in the Panel's zone.
 */
final class DeadlineWords {

    private DeadlineWords() {
    }

    /** "42 days left to the application deadline (Thu 4 Feb 2027)", "Due today …", "Deadline passed …". */
    static String left(PanelMeeting meeting, long daysLeft, ZoneId zone) {
        var day = PanelDates.day(meeting.applicationDeadline());
        if (daysLeft < 0) {
            return "The application deadline passed (" + day + ")";
        }
        if (daysLeft == 0) {
            return "Due today: the application deadline is " + day + ", until 23:59 " + zone.getId() + " time";
        }
        return daysLeft + (daysLeft == 1 ? " day" : " days") + " left to the application deadline (" + day + ")";
    }

    /** "42 days to deadline", "due today", "deadline passed", for small spaces. */
    static String brief(long daysLeft) {
        if (daysLeft < 0) {
            return "deadline passed";
        }
        if (daysLeft == 0) {
            return "due today";
        }
        return daysLeft + (daysLeft == 1 ? " day" : " days") + " to deadline";
    }

    static String calendarPath(String workgroupSlug) {
        return "workgroups/" + workgroupSlug + "/panel-meetings";
    }

    static String lifecyclePath(String proposalId) {
        return "proposals/" + proposalId + "/lifecycle#panel-meeting";
    }
}
