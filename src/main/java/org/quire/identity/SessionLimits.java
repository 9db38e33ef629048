package org.quire.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a sign-in lasts.
 *
 * @param idleTimeout a session with no interaction for this long ends (open pages' heartbeats do
 *     not count as interaction); {@code QUIRE_SESSION_IDLE_TIMEOUT}
 * @param absoluteTimeout a session ends this long after sign-in, however active;
 *     {@code QUIRE_SESSION_ABSOLUTE_TIMEOUT}
 */
@ConfigurationProperties("quire.session")
public record SessionLimits(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {

    public SessionLimits {
        if (idleTimeout.toSeconds() < 1 || absoluteTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("quire.session time-outs must be at least one second");
        }
    }
}
