package org.quire.workgroup.internal;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;
import org.quire.workgroup.MembershipChange;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code membership_changes} collection: each member's history, one document per change.
 * Append-only: nothing here updates or deletes an entry.
 */
@Component
public class MembershipChangeStore implements InitializingBean {

    static final String COLLECTION = "membership_changes";

    private final MongoTemplate mongo;

    MembershipChangeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("workgroupId", Sort.Direction.ASC)
                .on("issuer", Sort.Direction.ASC).on("subject", Sort.Direction.ASC).on("at", Sort.Direction.ASC)
                .named("workgroup_person_at"));
    }

    public void append(MembershipChange change) {
        var c = change;
        mongo.insert(new ChangeDocument(null, c.workgroupId().value(), c.person().issuer(), c.person().subject(),
                c.at(), c.by().issuer(), c.by().subject(), c.byName(), c.kind(), c.fromRole(), c.toRole(),
                c.fromStatus(), c.toStatus(), c.reason()), COLLECTION);
    }

    /** Oldest first; changes within the same instant in the order they were appended. */
    public List<MembershipChange> of(WorkgroupId workgroup, PersonKey person) {
        var query = Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("issuer").is(person.issuer())
                .and("subject").is(person.subject())).with(Sort.by(Sort.Order.asc("at"), Sort.Order.asc("_id")));
        return mongo.find(query, ChangeDocument.class, COLLECTION).stream().map(ChangeDocument::toChange).toList();
    }

    @Document(COLLECTION)
    record ChangeDocument(@Id @Nullable ObjectId id, String workgroupId, String issuer, String subject, Instant at,
            String byIssuer, String bySubject, String byName, MembershipChange.Kind kind,
            @Nullable WorkgroupRole fromRole, WorkgroupRole toRole, @Nullable MembershipStatus fromStatus,
            MembershipStatus toStatus, String reason) {

        MembershipChange toChange() {
            return new MembershipChange(new WorkgroupId(workgroupId), new PersonKey(issuer, subject), at,
                    new PersonKey(byIssuer, bySubject), byName, kind, fromRole, toRole, fromStatus, toStatus, reason);
        }
    }
}
