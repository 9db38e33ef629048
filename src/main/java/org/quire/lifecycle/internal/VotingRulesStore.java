package org.quire.lifecycle.internal;

import java.time.Instant;
import java.util.Optional;

import org.quire.lifecycle.VotingRules;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The {@code lifecycle_voting_rules} collection: one document per workgroup that changed the defaults. */
@Component
public class VotingRulesStore {

    static final String COLLECTION = "lifecycle_voting_rules";

    private final MongoTemplate mongo;

    VotingRulesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<VotingRules> find(WorkgroupId workgroup) {
        return Optional.ofNullable(mongo.findById(workgroup.value(), RulesDocument.class, COLLECTION))
                .map(document -> new VotingRules(document.quorum(), document.threshold()));
    }

    /** Last writer wins: rules are one setting, and the audit log keeps each change. */
    public void save(WorkgroupId workgroup, VotingRules rules, PersonKey by, Instant at) {
        mongo.save(new RulesDocument(workgroup.value(), rules.quorum(), rules.threshold(), by.issuer(), by.subject(),
                at), COLLECTION);
    }

    @Document(COLLECTION)
    record RulesDocument(@Id String workgroupId, int quorum, int threshold, String byIssuer, String bySubject,
            Instant at) {
    }
}
