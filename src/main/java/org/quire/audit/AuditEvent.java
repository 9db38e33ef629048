package org.quire.audit;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * One audit entry. {@code action} is a dotted name owned by the module that acts
 * ({@code workgroup.member-added}, {@code access.refused}); {@code objectType}/{@code objectId}
 * name the object acted on; {@code before}/{@code after} are short human-readable states.
 */
public record AuditEvent(
        Instant at,
        PersonKey actor,
        String action,
        @Nullable String workgroupId,
        String objectType,
        String objectId,
        @Nullable String before,
        @Nullable String after,
        @Nullable String origin) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
    }
}
