package org.quire.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Panel's calendar settings.
 *
 * @param zone where the Panel's days are counted: a deadline day ends at 23:59:59 there (the AMA
 *        is in Chicago)
 * @param sweep how often proposals whose meeting's deadline passed are moved to the next meeting
 */
@ConfigurationProperties("quire.panel")
public record PanelSettings(@DefaultValue("America/Chicago") ZoneId zone, @DefaultValue("PT15M") Duration sweep) {

    /** Today in the Panel's zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
