package org.quire.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.quire.audit.internal.AuditEventStore;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. Services that change anything, and the access policy when it refuses, write here;
 * readers must check their own permission first (the log does not know workgroup roles).
 */
@Service
public class AuditTrail {

    static final int MAX_STATE_LENGTH = 2_000;

    private final AuditEventStore store;
    private final Clock clock;

    AuditTrail(AuditEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public AuditEvent record(AuditEntry entry) {
        var event = new AuditEvent(clock.instant(), entry.actor(), entry.action(), entry.workgroupId(),
                entry.objectType(), entry.objectId(), shorten(entry.before()), shorten(entry.after()),
                currentOrigin());
        store.append(event);
        return event;
    }

    /** Newest first. */
    public List<AuditEvent> ofWorkgroup(String workgroupId, int limit) {
        return store.ofWorkgroup(workgroupId, limit);
    }

    /** Newest first. */
    public List<AuditEvent> ofActor(PersonKey actor, int limit) {
        return store.ofActor(actor, limit);
    }

    private static @Nullable String shorten(@Nullable String state) {
        if (state == null || state.length() <= MAX_STATE_LENGTH) {
            return state;
        }
        return state.substring(0, MAX_STATE_LENGTH - 1) + "…";
    }

    private static @Nullable String currentOrigin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
