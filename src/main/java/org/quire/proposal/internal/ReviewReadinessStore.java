package org.quire.proposal.internal;

import java.time.Instant;
import java.util.Optional;

import org.quire.proposal.ProposalId;
import org.quire.proposal.ReviewReadiness;
import org.quire.shared.PersonKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code descriptor_readiness} collection: at most one mark per proposal, keyed by the proposal id. */
@Component
public class ReviewReadinessStore {

    static final String COLLECTION = "descriptor_readiness";

    private final MongoTemplate mongo;

    ReviewReadinessStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ReviewReadiness> find(ProposalId proposal) {
        return Optional.ofNullable(mongo.findById(proposal.value(), ReadinessDocument.class, COLLECTION))
                .map(ReadinessDocument::toReadiness);
    }

    public void mark(ProposalId proposal, ReviewReadiness readiness) {
        mongo.save(new ReadinessDocument(proposal.value(), readiness.revision(), readiness.by().issuer(),
                readiness.by().subject(), readiness.at()), COLLECTION);
    }

    public void clear(ProposalId proposal) {
        mongo.remove(Query.query(Criteria.where("_id").is(proposal.value())), COLLECTION);
    }

    @Document(COLLECTION)
    record ReadinessDocument(@Id String id, int revision, String byIssuer, String bySubject, Instant at) {

        ReviewReadiness toReadiness() {
            return new ReviewReadiness(revision, new PersonKey(byIssuer, bySubject), at);
        }
    }
}
