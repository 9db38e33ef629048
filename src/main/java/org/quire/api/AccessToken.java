package org.quire.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it in their list; never its secret, which Quire does
 * not keep (only a hash of it).
 *
 * @param expiresOn the last day it works: it expires at the end of that day (UTC)
 * @param lastUsedAt when it last let a request in, to the minute (see {@link AccessTokens}), or {@code null}
 * @param lastUsedFrom the network address of that request, or {@code null}
 * @param revokedAt when its owner revoked it, or {@code null}
 */
public record AccessToken(AccessTokenId id, String name, Instant createdAt, LocalDate expiresOn,
        @Nullable Instant lastUsedAt, @Nullable String lastUsedFrom, @Nullable Instant revokedAt) {

    /** The first moment it no longer works. */
    public Instant expiresAt() {
        return AccessTokens.endOf(expiresOn);
    }

    public AccessTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return AccessTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt()) ? AccessTokenStatus.ACTIVE : AccessTokenStatus.EXPIRED;
    }

    public boolean live(Instant now) {
        return status(now) == AccessTokenStatus.ACTIVE;
    }
}
