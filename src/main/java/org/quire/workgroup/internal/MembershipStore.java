package org.quire.workgroup.internal;

import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code memberships} collection: one document per workgroup and person (issuer + subject).
 * The access policy reads it on every request, by that exact key.
 */
@Component
public class MembershipStore implements InitializingBean {

    static final String COLLECTION = "memberships";

    private final MongoTemplate mongo;

    MembershipStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("issuer", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).unique().named("workgroup_person"));
        indexes.createIndex(new Index().on("issuer", Sort.Direction.ASC).on("subject", Sort.Direction.ASC)
                .named("person"));
    }

    public Optional<Membership> find(WorkgroupId workgroup, PersonKey person) {
        return Optional.ofNullable(mongo.findOne(key(workgroup, person), MembershipDocument.class, COLLECTION))
                .map(MembershipDocument::toMembership);
    }

    public List<Membership> ofWorkgroup(WorkgroupId workgroup) {
        return mongo.find(Query.query(Criteria.where("workgroupId").is(workgroup.value())), MembershipDocument.class,
                COLLECTION).stream().map(MembershipDocument::toMembership).toList();
    }

    public List<Membership> ofPerson(PersonKey person) {
        return mongo.find(Query.query(Criteria.where("issuer").is(person.issuer()).and("subject")
                .is(person.subject())), MembershipDocument.class, COLLECTION).stream()
                .map(MembershipDocument::toMembership).toList();
    }

    /** Adds the membership, or sets role and status of an existing one. */
    public void add(Membership membership) {
        mongo.upsert(key(membership.workgroupId(), membership.person()),
                new Update().set("role", membership.role()).set("status", membership.status()),
                MembershipDocument.class, COLLECTION);
    }

    /**
     * Sets role and status if the membership is still as {@code expected} (two staff changing the
     * same member at once: one wins, the other is told).
     *
     * @return false when the membership changed meanwhile
     */
    public boolean replace(Membership expected, WorkgroupRole role, MembershipStatus status) {
        var query = key(expected.workgroupId(), expected.person());
        query.addCriteria(Criteria.where("role").is(expected.role()).and("status").is(expected.status()));
        return mongo.updateFirst(query, new Update().set("role", role).set("status", status),
                MembershipDocument.class, COLLECTION).getMatchedCount() == 1;
    }

    public long countActive(WorkgroupId workgroup, WorkgroupRole role) {
        return mongo.count(Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("role").is(role)
                .and("status").is(MembershipStatus.ACTIVE)), MembershipDocument.class, COLLECTION);
    }

    public void changeStatus(WorkgroupId workgroup, PersonKey person, MembershipStatus status) {
        mongo.updateFirst(key(workgroup, person), new Update().set("status", status), COLLECTION);
    }

    private static Query key(WorkgroupId workgroup, PersonKey person) {
        return Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("issuer").is(person.issuer())
                .and("subject").is(person.subject()));
    }

    @Document(COLLECTION)
    record MembershipDocument(@Id @Nullable ObjectId id, String workgroupId, String issuer, String subject,
            WorkgroupRole role, MembershipStatus status) {

        Membership toMembership() {
            return new Membership(new WorkgroupId(workgroupId), new PersonKey(issuer, subject), role, status);
        }
    }
}
