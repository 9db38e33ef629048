package org.quire.identity;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The yearly nudge to look at one's disclosures again: due when they were never confirmed, or last
 * confirmed twelve calendar months ago or longer. Dates are read in UTC, like every date Quire shows.
 *
 * @param lastConfirmed when the person last confirmed them, or null when they never did
 */
public record DisclosureReminder(@Nullable Instant lastConfirmed) {

    public static final Period INTERVAL = Period.ofMonths(12);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** A reminder when one is due at {@code now}; empty while the last confirmation is recent enough. */
    public static Optional<DisclosureReminder> due(@Nullable Instant lastConfirmed, Instant now) {
        if (lastConfirmed != null && now.isBefore(lastConfirmed.atZone(ZoneOffset.UTC).plus(INTERVAL).toInstant())) {
            return Optional.empty();
        }
        return Optional.of(new DisclosureReminder(lastConfirmed));
    }

    public String text() {
        return lastConfirmed == null
                ? "Confirm your disclosures — you have not stated them in your profile yet."
                : "Confirm your disclosures — last confirmed on " + day(lastConfirmed) + ".";
    }

    /** A date as profile and reminder show it: "3 March 2026". */
    public static String day(Instant at) {
        return DAY.format(at);
    }
}
