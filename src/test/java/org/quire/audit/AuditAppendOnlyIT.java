package org.quire.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.audit.internal.AuditEventStore;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Calls every public method of the audit trail and its store (the list {@link AuditAppendOnlyTest}
 * keeps complete) with real arguments, then reads the stored events byte for byte: every event
 * that existed before is still there, unchanged.
 */
@QuireIntegrationTest
class AuditAppendOnlyIT {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditEventStore store;
    @Autowired
    MongoTemplate mongo;

    final String workgroupId = "append-only-" + UUID.randomUUID();
    final PersonKey actor = new PersonKey("https://issuer.example", "append-only-" + UUID.randomUUID());

    @BeforeEach
    void someEventsExist() {
        trail.record(AuditEntry.of(actor, "test.created", workgroupId, "thing", "1").withChange(null, "new"));
        trail.record(AuditEntry.of(actor, "test.changed", workgroupId, "thing", "1").withChange("new", "changed,\n\"quoted\""));
        ClientAddress.carrying("198.51.100.4", () -> trail.record(AuditEntry.of(actor, "test.removed", workgroupId,
                "thing", "1").withChange("changed", null)));
    }

    @Test
    void noPublicMethodOfTheTrailOrItsStoreChangesOrRemovesAStoredEvent() throws Exception {
        var before = storedEvents();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);

        var called = new ArrayList<String>();
        for (var target : List.of(trail, store)) {
            for (Method method : target.getClass().getMethods()) {
                if (method.getDeclaringClass() != target.getClass() && !isAudit(method.getDeclaringClass())) {
                    continue;
                }
                if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                invoke(target, method);
                called.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        assertThat(called).as("every listed method was called")
                .containsAll(AuditAppendOnlyTest.APPEND_AND_READ.get(AuditTrail.class).stream()
                        .map(name -> "AuditTrail." + name).toList())
                .containsAll(AuditAppendOnlyTest.APPEND_AND_READ.get(AuditEventStore.class).stream()
                        .map(name -> "AuditEventStore." + name).toList());

        var after = storedEvents();
        assertThat(after.size()).as("appends add, nothing is removed").isGreaterThan(before.size());
        before.forEach((id, bytes) -> assertThat(after.get(id)).as("event " + id + " unchanged").isEqualTo(bytes));
    }

    @Test
    void anEventCarriesTheClientAddressOfTheWorkItWasRecordedFor() {
        var recorded = trail.ofActor(actor, 10);
        assertThat(recorded).extracting(AuditEvent::action).startsWith("test.removed", "test.changed", "test.created");
        assertThat(recorded.getFirst().origin()).isEqualTo("198.51.100.4");
        assertThat(recorded.get(1).origin()).as("no request and nothing carried").isNull();
    }

    private void invoke(Object target, Method method) throws IllegalAccessException {
        var arguments = new Object[method.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = sample(method.getParameterTypes()[i], method);
        }
        try {
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            fail(method + " failed on sample arguments", e.getCause());
        }
    }

    private Object sample(Class<?> type, Method method) {
        if (type == AuditEntry.class) {
            return AuditEntry.of(actor, "test.appended", workgroupId, "thing", "2").withChange("a", "b");
        }
        if (type == AuditEvent.class) {
            return new AuditEvent(Instant.now(), actor, "test.appended", workgroupId, "thing", "3", null, "c", null);
        }
        if (type == AuditQuery.class) {
            return AuditQuery.of(workgroupId).withAction("test");
        }
        if (type == String.class) {
            return workgroupId;
        }
        if (type == int.class) {
            return 10;
        }
        if (type == PersonKey.class) {
            return actor;
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) event -> { };
        }
        return fail("No sample argument of type " + type.getName() + " for " + method
                + ": add one so the method is called here");
    }

    private static boolean isAudit(Class<?> type) {
        return type.getPackageName().startsWith("org.quire.audit");
    }

    /** Every stored audit event as its exact BSON bytes, by id. */
    private Map<Object, ByteBuffer> storedEvents() {
        var events = new HashMap<Object, ByteBuffer>();
        mongo.getCollection("audit_events").withDocumentClass(RawBsonDocument.class).find()
                .forEach(document -> events.put(document.get("_id"), copy(document.getByteBuffer().asNIO())));
        return events;
    }

    private static ByteBuffer copy(ByteBuffer bytes) {
        var copy = ByteBuffer.allocate(bytes.remaining());
        copy.put(bytes.duplicate());
        return copy.flip();
    }
}
