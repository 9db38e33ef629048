package org.quire.audit;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * What a service reports to the audit log; the trail adds the time and the caller's address.
 */
public record AuditEntry(
        PersonKey actor,
        String action,
        @Nullable String workgroupId,
        String objectType,
        String objectId,
        @Nullable String before,
        @Nullable String after) {

    public static AuditEntry of(PersonKey actor, String action, @Nullable String workgroupId,
            String objectType, String objectId) {
        return new AuditEntry(actor, action, workgroupId, objectType, objectId, null, null);
    }

    public AuditEntry withChange(@Nullable String before, @Nullable String after) {
        return new AuditEntry(actor, action, workgroupId, objectType, objectId, before, after);
    }
}
