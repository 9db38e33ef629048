package org.quire.storage;


import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.quire.TestStore;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application starts on the embedded store, and what it wrote is there after a restart
 * (same folder, new process state). With {@code QUIRE_TEST_MONGODB_URI} set, the same holds for the
 * real MongoDB.
 */
class EmbeddedStoreRestartIT {

    @Test
    void dataWrittenBeforeARestartIsReadAfterIt() {
        var directory = TestStore.freshDirectory();
        assertThat(directory.resolve("quire.mv.db")).as("a fresh store").doesNotExist();

        try (var first = TestStore.startApplication(directory)) {
            var mongo = first.getBean(MongoTemplate.class);
            assertThat(mongo.getCollection("workgroups").countDocuments(new Document("slug", "telehealth")))
                    .as("the demo workgroup is seeded on first start").isEqualTo(1);
            mongo.getCollection("restart_probe").insertOne(new Document("_id", "probe").append("text", "kept"));
        }

        try (var second = TestStore.startApplication(directory)) {
            var mongo = second.getBean(MongoTemplate.class);
            var probe = mongo.getCollection("restart_probe").find(new Document("_id", "probe")).first();
            assertThat(probe).as("a document written before the restart").isNotNull();
            assertThat(probe.getString("text")).isEqualTo("kept");
            assertThat(mongo.getCollection("workgroups").countDocuments(new Document("slug", "telehealth")))
                    .as("seeding again creates nothing twice").isEqualTo(1);
            assertThat(mongo.getCollection("memberships").countDocuments()).isEqualTo(4);
        }
    }
}
