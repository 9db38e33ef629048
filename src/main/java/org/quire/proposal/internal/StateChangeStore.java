package org.quire.proposal.internal;

import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.proposal.StateChange;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code proposal_state_changes} collection: a proposal's timeline, one document per step, appended only. */
@Component
public class StateChangeStore implements InitializingBean {

    static final String COLLECTION = "proposal_state_changes";

    private final MongoTemplate mongo;

    StateChangeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("proposalId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("proposal_timeline"));
    }

    public void append(StateChange change) {
        mongo.insert(ChangeDocument.of(change), COLLECTION);
    }

    /** Oldest first. */
    public List<StateChange> ofProposal(ProposalId proposal) {
        return mongo.find(Query.query(Criteria.where("proposalId").is(proposal.value()))
                        .with(Sort.by("at").and(Sort.by("_id"))), ChangeDocument.class, COLLECTION)
                .stream().map(ChangeDocument::toChange).toList();
    }

    @Document(COLLECTION)
    record ChangeDocument(@Id @Nullable ObjectId id, String proposalId, ProposalState from, ProposalState to,
            String byIssuer, String bySubject, Instant at, String reason) {

        static ChangeDocument of(StateChange change) {
            return new ChangeDocument(null, change.proposal().value(), change.from(), change.to(),
                    change.by().issuer(), change.by().subject(), change.at(), change.reason());
        }

        StateChange toChange() {
            return new StateChange(new ProposalId(proposalId), from, to, new PersonKey(byIssuer, bySubject), at,
                    reason);
        }
    }
}
