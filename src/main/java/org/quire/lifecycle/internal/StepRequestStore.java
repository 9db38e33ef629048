package org.quire.lifecycle.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.StepRequest;
import org.quire.lifecycle.StepRequestId;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code lifecycle_step_requests} collection: members' proposals of lifecycle steps, written optimistically. */
@Component
public class StepRequestStore implements InitializingBean {

    static final String COLLECTION = "lifecycle_step_requests";

    private final MongoTemplate mongo;

    StepRequestStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("proposalId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("proposal_requests"));
    }

    public StepRequest insert(StepRequest request) {
        return mongo.insert(RequestDocument.of(request, null, null), COLLECTION).toRequest();
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when decided meanwhile */
    public StepRequest update(Versioned versioned) {
        var request = versioned.request();
        return mongo.save(RequestDocument.of(request, new ObjectId(request.id().value()), versioned.version()),
                COLLECTION).toRequest();
    }

    public Optional<Versioned> find(StepRequestId id) {
        if (!ObjectId.isValid(id.value())) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(new ObjectId(id.value()), RequestDocument.class, COLLECTION))
                .map(document -> new Versioned(document.toRequest(), document.version() == null ? 0 : document.version()));
    }

    /** Oldest first. */
    public List<Versioned> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value())).with(Sort.by("at")),
                RequestDocument.class, COLLECTION).stream()
                .map(document -> new Versioned(document.toRequest(), document.version() == null ? 0 : document.version()))
                .toList();
    }

    public record Versioned(StepRequest request, long version) {
    }

    @Document(COLLECTION)
    record RequestDocument(@Id @Nullable ObjectId id, String proposalId, String workgroupId, ProposalState from,
            ProposalState to, String reason, String byIssuer, String bySubject, Instant at, StepRequest.Status status,
            @Nullable String decidedByIssuer, @Nullable String decidedBySubject, @Nullable Instant decidedAt,
            String answer, @Version @Nullable Long version) {

        static RequestDocument of(StepRequest r, @Nullable ObjectId id, @Nullable Long version) {
            var decider = r.decidedBy();
            return new RequestDocument(id, r.proposal().value(), r.workgroup().value(), r.from(), r.to(), r.reason(),
                    r.by().issuer(), r.by().subject(), r.at(), r.status(), decider == null ? null : decider.issuer(),
                    decider == null ? null : decider.subject(), r.decidedAt(), r.answer(), version);
        }

        StepRequest toRequest() {
            var decider = decidedByIssuer == null || decidedBySubject == null ? null
                    : new PersonKey(decidedByIssuer, decidedBySubject);
            return new StepRequest(new StepRequestId(String.valueOf(id)), new ProposalId(proposalId),
                    new WorkgroupId(workgroupId), from, to, reason, new PersonKey(byIssuer, bySubject), at, status,
                    decider, decidedAt, answer);
        }
    }
}
