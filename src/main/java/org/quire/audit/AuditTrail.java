package org.quire.audit;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.quire.audit.internal.AuditEventStore;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Service;

/**
 * The audit log. Services that change anything, and the access policy when it refuses, write here;
 * readers must check their own permission first (the log does not know workgroup roles). There is
 * no way to change or remove an event.
 */
@Service
public class AuditTrail {

    static final int MAX_STATE_LENGTH = 2_000;
    /** Most events {@link #find} returns at once. */
    public static final int MAX_PAGE = AuditEventStore.MAX_PAGE;

    private final AuditEventStore store;
    private final Clock clock;

    AuditTrail(AuditEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public AuditEvent record(AuditEntry entry) {
        var event = new AuditEvent(clock.instant(), entry.actor(), entry.action(), entry.workgroupId(),
                entry.objectType(), entry.objectId(), shorten(entry.before()), shorten(entry.after()),
                ClientAddress.current());
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

    /** The events the query selects, newest first, skipping {@code offset}; at most {@link #MAX_PAGE}. */
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        return store.find(query, offset, limit);
    }

    public long count(AuditQuery query) {
        return store.count(query);
    }

    /** Streams the first {@code limit} selected events, newest first, to {@code row} (for exports). */
    public void each(AuditQuery query, int limit, Consumer<AuditEvent> row) {
        store.each(query, limit, row);
    }

    /** The actions recorded in the workgroup's log, sorted: the choices of an action filter. */
    public List<String> actionsOf(String workgroupId) {
        return store.actionsOf(workgroupId);
    }

    /** The kinds of objects acted on in the workgroup, sorted. */
    public List<String> objectTypesOf(String workgroupId) {
        return store.objectTypesOf(workgroupId);
    }

    /** The people who appear in the workgroup's log (at most a few hundred). */
    public List<PersonKey> actorsOf(String workgroupId) {
        return store.actorsOf(workgroupId);
    }

    private static @Nullable String shorten(@Nullable String state) {
        if (state == null || state.length() <= MAX_STATE_LENGTH) {
            return state;
        }
        return state.substring(0, MAX_STATE_LENGTH - 1) + "…";
    }
}
