package org.quire.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** Asks the database whether it answers; returns if it does, throws if not. */
@FunctionalInterface
interface StorePing {

    void ping();

    /**
     * {@code ping}, which both the embedded store and MongoDB answer, bounded by {@code timeout} as
     * a whole: server selection, connection and the reply (a server that accepts a connection and
     * then hangs would otherwise stall the watch, as the client sets no read time-out).
     */
    static StorePing of(MongoDatabaseFactory mongo, Duration timeout) {
        var command = new Document("ping", 1);
        return () -> mongo.getMongoDatabase()
                .withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .runCommand(command);
    }
}
