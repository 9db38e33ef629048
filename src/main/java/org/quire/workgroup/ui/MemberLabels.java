package org.quire.workgroup.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.quire.workgroup.MembershipStatus;

/** How the members pages word statuses and times. */
final class MemberLabels {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private MemberLabels() {
    }

    static String status(MembershipStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case SUSPENDED -> "Suspended";
            case REMOVED -> "Removed";
        };
    }

    static String moment(Instant at) {
        return MOMENT.format(at);
    }
}
