package org.quire.proposal.internal;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Hands out proposal numbers per workgroup and year ({@code TH-2026-001}); an atomic counter, never reused. */
@Component
public class ProposalNumbers {

    static final String COLLECTION = "proposal_numbers";

    private final MongoTemplate mongo;

    ProposalNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String next(String workgroupId, String prefix, int year) {
        var counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(workgroupId + ":" + year)),
                new Update().inc("last", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        var last = counter == null ? 1 : counter.get("last", Number.class).intValue();
        return "%s-%d-%03d".formatted(prefix, year, last);
    }
}
