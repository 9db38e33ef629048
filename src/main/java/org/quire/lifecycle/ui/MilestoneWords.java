package org.quire.lifecycle.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.Milestone;
import org.quire.shared.PersonKey;

/** How milestones are told: when, by whom, and how they came about. */
final class MilestoneWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private MilestoneWords() {
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static String who(PersonDirectory people, PersonKey key) {
        if (key.equals(PersonKey.SYSTEM)) {
            return "Quire";
        }
        return people.find(key).map(person -> person.name()).orElse(key.subject());
    }

    /**
     * "Made by Sam Staff on 5 Mar 2027, 10:00 UTC.", or for one made on entry "Made when the proposal
     * entered “Comment period” on 5 Mar 2027, 10:00 UTC (moved by Sam Staff)."
     */
    static String made(PersonDirectory people, Milestone milestone) {
        var entered = milestone.entered();
        if (entered == null) {
            return "Made by " + who(people, milestone.by()) + " on " + when(milestone.at()) + ".";
        }
        var at = milestone.enteredAt() != null ? milestone.enteredAt() : milestone.at();
        return "Made when the proposal entered “" + entered.label() + "” on " + when(at) + " (moved by "
                + who(people, milestone.by()) + ").";
    }
}
