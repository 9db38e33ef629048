package org.quire.storage;

import java.time.Instant;

/**
 * The database stopped answering; saves fail until {@link StoreAvailable} follows. Published once
 * per outage, on the thread that noticed it.
 *
 * @param since when the outage was noticed
 * @param reason the failure that revealed it
 */
public record StoreUnavailable(Instant since, String reason) {
}
