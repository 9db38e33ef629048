package org.quire.storage;

import java.util.HashMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.quire.QuireApplication;
import org.quire.TestStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

        try (var first = start(directory)) {
            var mongo = first.getBean(MongoTemplate.class);
            assertThat(mongo.getCollection("workgroups").countDocuments(new Document("slug", "telehealth")))
                    .as("the demo workgroup is seeded on first start").isEqualTo(1);
            mongo.getCollection("restart_probe").insertOne(new Document("_id", "probe").append("text", "kept"));
        }

        try (var second = start(directory)) {
            var mongo = second.getBean(MongoTemplate.class);
            var probe = mongo.getCollection("restart_probe").find(new Document("_id", "probe")).first();
            assertThat(probe).as("a document written before the restart").isNotNull();
            assertThat(probe.getString("text")).isEqualTo("kept");
            assertThat(mongo.getCollection("workgroups").countDocuments(new Document("slug", "telehealth")))
                    .as("seeding again creates nothing twice").isEqualTo(1);
            assertThat(mongo.getCollection("memberships").countDocuments()).isEqualTo(4);
        }
    }

    private static ConfigurableApplicationContext start(java.nio.file.Path directory) {
        var properties = new HashMap<String, Object>(TestStore.properties(directory));
        properties.put("server.port", "0");
        // As arguments: they outrank application.yml (builder defaults would not).
        var arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(QuireApplication.class).web(WebApplicationType.SERVLET).run(arguments);
    }
}
