package org.quire.audit.internal;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEvent;
import org.quire.shared.PersonKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Append-only storage of audit events: there is an insert and there are reads, nothing else.
 */
@Component
public class AuditEventStore implements InitializingBean {

    static final String COLLECTION = "audit_events";

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
    }

    public void append(AuditEvent event) {
        mongo.insert(AuditEventDocument.of(event), COLLECTION);
    }

    public List<AuditEvent> ofWorkgroup(String workgroupId, int limit) {
        return newestFirst(Criteria.where("workgroupId").is(workgroupId), limit);
    }

    public List<AuditEvent> ofActor(PersonKey actor, int limit) {
        return newestFirst(Criteria.where("actorIssuer").is(actor.issuer()).and("actorSubject").is(actor.subject()),
                limit);
    }

    private List<AuditEvent> newestFirst(Criteria criteria, int limit) {
        var query = Query.query(criteria).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
                .limit(Math.clamp(limit, 1, 1_000));
        return mongo.find(query, AuditEventDocument.class, COLLECTION).stream().map(AuditEventDocument::toEvent)
                .toList();
    }

    @Document(COLLECTION)
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
