package org.quire.storage;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded store stops under the running (shared) test application and starts again: Quire
 * notices both within seconds, a write in between fails quickly instead of hanging, and the
 * client reconnects by itself to find everything written before. Skipped on a real MongoDB.
 */
@QuireIntegrationTest
class StoreOutageIT {

    private static final Logger log = LoggerFactory.getLogger(StoreOutageIT.class);
    private static final String PROBES = "outage_probe";
    private static final Duration NOTICE_WITHIN = Duration.ofSeconds(10);

    @Autowired
    ObjectProvider<EmbeddedStoreControl> embeddedStore;
    @Autowired
    StoreStatus status;
    @Autowired
    StoreProperties properties;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    // The changes are published on the watch thread, which @RecordApplicationEvents does not see.
    final List<Object> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<PayloadApplicationEvent<Object>> recorder = ApplicationListener.forPayload(event -> {
        if (event instanceof StoreAvailable || event instanceof StoreUnavailable) {
            published.add(event);
        }
    });

    EmbeddedStoreControl store;

    @BeforeEach
    void listenForStoreEvents() {
        store = embeddedStore.getIfAvailable();
        assumeTrue(store != null, "only the embedded store can be stopped from a test");
        await().atMost(NOTICE_WITHIN).until(status::isAvailable);
        ((ConfigurableApplicationContext) context).addApplicationListener(recorder);
    }

    @AfterEach
    void leaveTheSharedApplicationWithItsStoreRunning() {
        if (store == null) {
            return;
        }
        try {
            store.start();
            await().atMost(Duration.ofSeconds(20)).until(status::isAvailable);
        } finally {
            ((ConfigurableApplicationContext) context).removeApplicationListener(recorder);
        }
    }

    @Test
    void anOutageIsNoticedWithinSecondsAndTheDataIsThereWhenTheStoreIsBack() {
        var before = new Document("_id", UUID.randomUUID().toString()).append("text", "written before");
        mongo.insert(before, PROBES);

        store.stop();
        var noticedDown = timeUntil(() -> !status.isAvailable());
        log.info("Outage noticed {} ms after the store stopped", noticedDown.toMillis());
        // the state changes before the event is published, on the watch thread
        await().atMost(NOTICE_WITHIN).until(() -> !published.isEmpty());
        assertThat(published).singleElement().isInstanceOf(StoreUnavailable.class);

        var attempt = System.nanoTime();
        assertThatThrownBy(() -> mongo.insert(new Document("_id", "during"), PROBES))
                .isInstanceOfSatisfying(DataAccessException.class,
                        failure -> assertThat(status.reportFailure(failure)).as("taken as an outage").isTrue());
        var failedAfter = Duration.ofNanos(System.nanoTime() - attempt);
        log.info("A write during the outage failed after {} ms", failedAfter.toMillis());
        assertThat(failedAfter).isLessThan(
                properties.serverSelectionTimeout().plus(properties.connectTimeout()).plusSeconds(1));
        assertThat(published).as("still one outage").hasSize(1);

        store.start();
        var noticedUp = timeUntil(status::isAvailable);
        log.info("Return noticed {} ms after the store started again", noticedUp.toMillis());
        await().atMost(NOTICE_WITHIN).until(() -> published.size() >= 2);
        assertThat(published).hasSize(2).last().isInstanceOf(StoreAvailable.class);

        var after = new Document("_id", UUID.randomUUID().toString()).append("text", "written after");
        mongo.insert(after, PROBES);
        assertThat(mongo.findById(before.get("_id"), Document.class, PROBES)).isEqualTo(before);
        assertThat(mongo.findById(after.get("_id"), Document.class, PROBES)).isEqualTo(after);
    }

    private static Duration timeUntil(BooleanSupplier condition) {
        var start = System.nanoTime();
        await().atMost(NOTICE_WITHIN).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
