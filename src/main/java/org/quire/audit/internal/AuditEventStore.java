package org.quire.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditQuery;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Append-only storage of audit events: there is an insert and there are reads, nothing else
 * ({@code AuditAppendOnlyTest} fails when a method that is neither appears here).
 */
@Component
public class AuditEventStore implements InitializingBean {

    static final String COLLECTION = "audit_events";
    /** Most events one read returns; a view pages through more. */
    public static final int MAX_PAGE = 1_000;
    /** Most distinct people {@link #actorsOf} lists. */
    public static final int MAX_ACTORS = 500;

    private final MongoTemplate mongo;

    AuditEventStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("at", Sort.Direction.DESC)
                .named("workgroup_time"));
        indexes.createIndex(new Index().on("actorIssuer", Sort.Direction.ASC).on("actorSubject", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC).named("actor_time"));
        // The audit view's filters, each within one workgroup, newest first.
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("actorIssuer", Sort.Direction.ASC)
                .on("actorSubject", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("workgroup_actor_time"));
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("action", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC).named("workgroup_action_time"));
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("objectType", Sort.Direction.ASC)
                .on("objectId", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("workgroup_object_time"));
    }

    public void append(AuditEvent event) {
        mongo.insert(AuditEventDocument.of(event), COLLECTION);
    }

    public List<AuditEvent> ofWorkgroup(String workgroupId, int limit) {
        return find(AuditQuery.of(workgroupId), 0, limit);
    }

    public List<AuditEvent> ofActor(PersonKey actor, int limit) {
        var query = Query.query(Criteria.where("actorIssuer").is(actor.issuer()).and("actorSubject")
                .is(actor.subject())).with(NEWEST_FIRST).limit(Math.clamp(limit, 1, MAX_PAGE));
        return mongo.find(query, AuditEventDocument.class, COLLECTION).stream().map(AuditEventDocument::toEvent)
                .toList();
    }

    /** Newest first, skipping {@code offset} events, at most {@link #MAX_PAGE}. */
    public List<AuditEvent> find(AuditQuery filter, int offset, int limit) {
        var query = Query.query(criteria(filter)).with(NEWEST_FIRST).skip(Math.max(0, offset))
                .limit(Math.clamp(limit, 1, MAX_PAGE));
        return mongo.find(query, AuditEventDocument.class, COLLECTION).stream().map(AuditEventDocument::toEvent)
                .toList();
    }

    public long count(AuditQuery filter) {
        return mongo.count(Query.query(criteria(filter)), COLLECTION);
    }

    /** Hands the first {@code limit} events, newest first, to {@code row} one by one, from a cursor. */
    public void each(AuditQuery filter, int limit, Consumer<AuditEvent> row) {
        if (limit <= 0) {
            return;
        }
        var query = Query.query(criteria(filter)).with(NEWEST_FIRST).limit(limit).cursorBatchSize(1_000);
        try (var events = mongo.stream(query, AuditEventDocument.class, COLLECTION)) {
            events.map(AuditEventDocument::toEvent).forEach(row);
        }
    }

    /** The distinct actions recorded for the workgroup, sorted. */
    public List<String> actionsOf(String workgroupId) {
        return distinct(workgroupId, "action");
    }

    /** The distinct object types recorded for the workgroup, sorted. */
    public List<String> objectTypesOf(String workgroupId) {
        return distinct(workgroupId, "objectType");
    }

    /** The people who acted in the workgroup, at most {@link #MAX_ACTORS}. */
    public List<PersonKey> actorsOf(String workgroupId) {
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("workgroupId").is(workgroupId)),
                Aggregation.group("actorIssuer", "actorSubject"),
                Aggregation.sort(Sort.by("_id.actorIssuer", "_id.actorSubject")),
                Aggregation.limit(MAX_ACTORS));
        return mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults().stream()
                .map(group -> group.get("_id", Document.class))
                .map(key -> new PersonKey(key.getString("actorIssuer"), key.getString("actorSubject")))
                .toList();
    }

    private List<String> distinct(String workgroupId, String field) {
        return mongo.findDistinct(Query.query(Criteria.where("workgroupId").is(workgroupId)), field, COLLECTION,
                String.class).stream().filter(Objects::nonNull).sorted().toList();
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private static Criteria criteria(AuditQuery filter) {
        var criteria = Criteria.where("workgroupId").is(filter.workgroupId());
        if (filter.actor() != null) {
            criteria.and("actorIssuer").is(filter.actor().issuer()).and("actorSubject").is(filter.actor().subject());
        }
        if (filter.action() != null) {
            // The query allows only letters, digits and hyphens around one dot: nothing to escape in a kind.
            if (filter.actionIsKind()) {
                criteria.and("action").regex("^" + filter.action() + "\\.");
            } else {
                criteria.and("action").is(filter.action());
            }
        }
        if (filter.objectType() != null) {
            criteria.and("objectType").is(filter.objectType());
        }
        if (filter.objectId() != null) {
            criteria.and("objectId").is(filter.objectId());
        }
        if (filter.from() != null || filter.to() != null) {
            var at = criteria.and("at");
            if (filter.from() != null) {
                at = at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        return criteria;
    }

    @org.springframework.data.mongodb.core.mapping.Document(COLLECTION)
    record AuditEventDocument(@Id @Nullable ObjectId id, Instant at, String actorIssuer, String actorSubject,
            String action, @Nullable String workgroupId, String objectType, String objectId, @Nullable String before,
            @Nullable String after, @Nullable String origin) {

        static AuditEventDocument of(AuditEvent event) {
            return new AuditEventDocument(null, event.at(), event.actor().issuer(), event.actor().subject(),
                    event.action(), event.workgroupId(), event.objectType(), event.objectId(), event.before(),
                    event.after(), event.origin());
        }

        AuditEvent toEvent() {
            return new AuditEvent(at, new PersonKey(actorIssuer, actorSubject), action, workgroupId, objectType,
                    objectId, before, after, origin);
        }
    }
}
