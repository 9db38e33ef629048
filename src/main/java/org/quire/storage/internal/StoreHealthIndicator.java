package org.quire.storage.internal;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Database health by {@code ping}, which both the embedded store and MongoDB answer (Boot's own
 * indicator sends {@code hello}, which the embedded store does not know).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    StoreHealthIndicator(MongoTemplate mongo) {
        super("The database did not answer");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
