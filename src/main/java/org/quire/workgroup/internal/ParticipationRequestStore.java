package org.quire.workgroup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.identity.InterestKind;
import org.quire.shared.PersonKey;
import org.quire.workgroup.NewParticipationRequest;
import org.quire.workgroup.OrganizationKind;
import org.quire.workgroup.ParticipationRequest;
import org.quire.workgroup.ParticipationRequestId;
import org.quire.workgroup.ParticipationStatus;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupRole;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code participation_requests} collection. {@code openKey} is "workgroup|issuer|subject"
 * while a request is pending and the request's own id afterwards, so one unique index allows one
 * open request per person and workgroup without partial indexes (the embedded store has none).
 */
@Component
public class ParticipationRequestStore implements InitializingBean {

    static final String COLLECTION = "participation_requests";

    private final MongoTemplate mongo;

    ParticipationRequestStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("openKey", Sort.Direction.ASC).unique().named("open_request"));
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("issuer", Sort.Direction.ASC)
                .on("subject", Sort.Direction.ASC).on("requestedAt", Sort.Direction.DESC).named("workgroup_person"));
        indexes.createIndex(new Index().on("workgroupId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC).named("workgroup_status"));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the person has an open request there */
    public ParticipationRequest insert(WorkgroupId workgroup, PersonKey person, String personName,
            NewParticipationRequest details, Instant at) {
        var d = details;
        var saved = mongo.insert(new RequestDocument(null, openKey(workgroup, person), workgroup.value(),
                person.issuer(), person.subject(), personName, d.organizationKind(), d.organization(), d.rationale(),
                d.expertise(), d.roleAsked(), d.interest(), d.interestDescription(), ParticipationStatus.PENDING, at,
                null, null, null), COLLECTION);
        return saved.toRequest();
    }

    public Optional<ParticipationRequest> find(ParticipationRequestId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), RequestDocument.class, COLLECTION))
                .map(RequestDocument::toRequest);
    }

    /** The person's newest request to this workgroup, whatever became of it. */
    public Optional<ParticipationRequest> latest(WorkgroupId workgroup, PersonKey person) {
        var query = Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("issuer").is(person.issuer())
                .and("subject").is(person.subject())).with(Sort.by(Sort.Order.desc("requestedAt"))).limit(1);
        return Optional.ofNullable(mongo.findOne(query, RequestDocument.class, COLLECTION))
                .map(RequestDocument::toRequest);
    }

    /** Every request of the person to this workgroup, newest first. */
    public List<ParticipationRequest> ofPerson(WorkgroupId workgroup, PersonKey person) {
        var query = Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("issuer").is(person.issuer())
                .and("subject").is(person.subject())).with(Sort.by(Sort.Order.desc("requestedAt")));
        return mongo.find(query, RequestDocument.class, COLLECTION).stream().map(RequestDocument::toRequest).toList();
    }

    /** Oldest first, so the longest-waiting request is decided first. */
    public List<ParticipationRequest> pending(WorkgroupId workgroup) {
        var query = Query.query(Criteria.where("workgroupId").is(workgroup.value()).and("status")
                .is(ParticipationStatus.PENDING)).with(Sort.by(Sort.Order.asc("requestedAt")));
        return mongo.find(query, RequestDocument.class, COLLECTION).stream().map(RequestDocument::toRequest).toList();
    }

    /**
     * Closes the request if it is still pending (two staff deciding at once: one wins).
     *
     * @return the closed request, or empty when it was not pending any more
     */
    public Optional<ParticipationRequest> close(ParticipationRequestId id, ParticipationStatus status,
            @Nullable WorkgroupRole grantedRole, @Nullable String declineReason, Instant at) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        var query = Query.query(Criteria.where("_id").is(new ObjectId(id.value())).and("status")
                .is(ParticipationStatus.PENDING));
        var update = new Update().set("status", status).set("openKey", id.value()).set("grantedRole", grantedRole)
                .set("declineReason", declineReason).set("decidedAt", at);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                RequestDocument.class, COLLECTION)).map(RequestDocument::toRequest);
    }

    private static String openKey(WorkgroupId workgroup, PersonKey person) {
        return workgroup.value() + "|" + person.issuer() + "|" + person.subject();
    }

    @Document(COLLECTION)
    record RequestDocument(@Id @Nullable ObjectId id, String openKey, String workgroupId, String issuer,
            String subject, String personName, OrganizationKind organizationKind, String organization,
            String rationale, String expertise, WorkgroupRole roleAsked, InterestKind interest,
            String interestDescription, ParticipationStatus status, Instant requestedAt,
            @Nullable WorkgroupRole grantedRole, @Nullable String declineReason, @Nullable Instant decidedAt) {

        ParticipationRequest toRequest() {
            return new ParticipationRequest(new ParticipationRequestId(String.valueOf(id)),
                    new WorkgroupId(workgroupId), new PersonKey(issuer, subject), personName,
                    new NewParticipationRequest(organizationKind, organization, rationale, expertise, roleAsked,
                            interest, interestDescription),
                    status, requestedAt, grantedRole, declineReason, decidedAt);
        }
    }
}
