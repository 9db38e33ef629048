package org.quire.revision.internal;

import org.quire.revision.DocumentId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code revision_heads} collection: the last known head number of each document, so finding
 * the head is a lookup, not a search. Only a cache: it is written after the revision insert, may lag
 * behind it (a crash in between, another node), and {@link HeadTracker} repairs it. It only ever
 * moves forward ({@code $max}), so a late writer cannot set it back.
 */
@Component
public class HeadCache {

    static final String COLLECTION = "revision_heads";

    private final MongoTemplate mongo;

    HeadCache(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the cached head number, 0 when none is cached */
    public int cached(DocumentId document) {
        var found = mongo.findById(document.value(), org.bson.Document.class, COLLECTION);
        return found == null ? 0 : found.getInteger("number", 0);
    }

    /** Sets the cache back; only for a cache that points past the stored revisions. */
    public void reset(DocumentId document, int number) {
        mongo.upsert(Query.query(Criteria.where("_id").is(document.value())), new Update().set("number", number),
                COLLECTION);
    }

    public void advance(DocumentId document, int number) {
        mongo.upsert(Query.query(Criteria.where("_id").is(document.value())), new Update().max("number", number),
                COLLECTION);
    }
}
