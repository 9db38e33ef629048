package org.quire.storage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether the database answers, since when, and while it does not, the last error seen.
 *
 * @param available whether the database answered the last time it was asked
 * @param since when it last changed between answering and not answering
 * @param lastError the latest failure while unavailable; {@code null} while available
 */
public record StoreState(boolean available, Instant since, @Nullable String lastError) {

    static StoreState up(Instant since) {
        return new StoreState(true, since, null);
    }

    static StoreState down(Instant since, String error) {
        return new StoreState(false, since, error);
    }

    StoreState withLastError(String error) {
        return new StoreState(available, since, error);
    }
}
