package org.quire.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * STAFF's disposition of a commenter's thread with the written response the commenter reads.
 *
 * @param revision the section revision that carries the resulting change, when there is one
 */
public record Disposition(DispositionKind kind, String response, PersonKey by, Instant at,
        @Nullable Integer revision) {

    public static final int MAX_RESPONSE = 8_000;
}
