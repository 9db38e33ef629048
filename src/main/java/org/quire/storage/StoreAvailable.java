package org.quire.storage;

import java.time.Duration;
import java.time.Instant;

/**
 * The database answers again after a {@link StoreUnavailable}. Published once per outage, on the
 * thread that noticed it.
 *
 * @param since when it answered again
 * @param outage how long it had not answered, as far as Quire noticed
 */
public record StoreAvailable(Instant since, Duration outage) {
}
