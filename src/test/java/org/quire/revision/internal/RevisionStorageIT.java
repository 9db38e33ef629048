package org.quire.revision.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.revision.DocumentId;
import org.quire.revision.Revision;
import org.quire.revision.Revisions;
import org.quire.revision.SampleProse;
import org.quire.revision.SaveOutcome;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots and deltas, the head cache and the commit point, on the real store. */
@QuireIntegrationTest
class RevisionStorageIT {

    static final PersonKey DANA = new PersonKey("https://login.example.org", "dana");
    static final PersonKey OTHER_NODE = new PersonKey("https://login.example.org", "other-node");

    @Autowired
    Revisions revisions;
    @Autowired
    RevisionStore store;
    @Autowired
    HeadCache headCache;
    @Autowired
    MongoTemplate mongo;

    final DocumentId document = new DocumentId("section-" + UUID.randomUUID());

    @Test
    void everyRevisionReadsBackExactlyAcrossSnapshotBoundaries() {
        var random = new Random(23);
        var texts = new ArrayList<String>();
        texts.add(SampleProse.text(random, 20_000));
        revisions.create(document, texts.getFirst(), DANA, "Start");
        for (int number = 2; number <= 120; number++) {
            var text = smallEdit(random, texts.getLast());
            texts.add(text);
            assertThat(revisions.save(document, number - 1, text, DANA, "Edit " + number))
                    .isInstanceOf(SaveOutcome.Saved.class);
        }

        for (int number = 120; number >= 1; number--) {
            assertThat(revisions.text(document, number)).as("revision %d", number)
                    .isEqualTo(texts.get(number - 1));
        }
        assertThat(store.find(document, 51)).get().extracting(StoredRevision::isSnapshot).isEqualTo(true);
        assertThat(store.find(document, 101)).get().extracting(StoredRevision::isSnapshot).isEqualTo(true);
        assertThat(store.find(document, 50)).get().extracting(StoredRevision::snapshotNumber).isEqualTo(1);
        assertThat(store.find(document, 120)).get().extracting(StoredRevision::snapshotNumber).isEqualTo(101);
    }

    @Test
    void heavyRewritingTakesSnapshotsSoonerAndStillReadsBackExactly() {
        var random = new Random(37);
        var texts = new ArrayList<String>();
        texts.add(SampleProse.text(random, 5_000));
        revisions.create(document, texts.getFirst(), DANA, "Start");
        for (int number = 2; number <= 30; number++) {
            String text;
            do {
                text = RevisionPayloadTest.scramble(random, texts.getLast());
            } while (text.equals(texts.getLast()));
            texts.add(text);
            revisions.save(document, number - 1, text, DANA, "Rewrite " + number);
        }
        int snapshots = 0;
        for (int number = 1; number <= 30; number++) {
            assertThat(revisions.text(document, number)).as("revision %d", number).isEqualTo(texts.get(number - 1));
            var stored = store.find(document, number).orElseThrow();
            assertThat(store.find(document, stored.snapshotNumber())).get().extracting(StoredRevision::isSnapshot)
                    .isEqualTo(true);
            snapshots += stored.isSnapshot() ? 1 : 0;
        }
        assertThat(snapshots).isGreaterThan(1);
    }

    @Test
    void aLongHistoryOfSmallEditsCostsLittle() {
        var random = new Random(29);
        var text = SampleProse.text(random, 50_000);
        revisions.create(document, text, DANA, "Start");
        for (int number = 2; number <= 60; number++) {
            int at = text.indexOf(' ', random.nextInt(text.length() - 100));
            text = text.substring(0, at) + " " + SampleProse.word(random) + text.substring(at);
            revisions.save(document, number - 1, text, DANA, "Small edit");
        }
        long deltaBytes = 0;
        for (int number = 2; number <= 60; number++) {
            var stored = store.find(document, number).orElseThrow();
            if (!stored.isSnapshot()) {
                deltaBytes += stored.payload().length;
            }
        }
        assertThat(store.find(document, 1).orElseThrow().payload().length).isLessThan(text.length() / 3);
        assertThat(deltaBytes / 58).as("average delta bytes").isLessThan(400);
    }

    @Test
    void theHeadCacheRepairsItselfWhenRevisionsWereWrittenPastIt() {
        revisions.create(document, "one", DANA, "Start");
        var previous = store.find(document, 1).orElseThrow();
        // another process inserted revisions 2..6 and died before moving the head cache
        for (int number = 2; number <= 6; number++) {
            var text = "one" + " two".repeat(number - 1);
            var revision = new Revision(document, number, OTHER_NODE, Instant.now(), "direct", number - 1,
                    ContentHash.of(text), text.length(), 4, null);
            assertThat(store.insert(new StoredRevision(revision, number, RevisionPayload.snapshot(text)))).isTrue();
        }
        assertThat(headCache.cached(document)).isEqualTo(1);

        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(6);
        assertThat(headCache.cached(document)).isEqualTo(6);
        assertThat(revisions.save(document, 6, "one two two two two two three", DANA, "After repair"))
                .isInstanceOfSatisfying(SaveOutcome.Saved.class,
                        saved -> assertThat(saved.revision().number()).isEqualTo(7));
        assertThat(previous.number()).isEqualTo(1);
    }

    @Test
    void aMissingHeadCacheIsRebuiltFromTheRevisions() {
        revisions.create(document, "one", DANA, "Start");
        for (int number = 2; number <= 40; number++) {
            revisions.save(document, number - 1, "one" + " two".repeat(number - 1), DANA, "Edit");
        }
        mongo.remove(Query.query(Criteria.where("_id").is(document.value())), HeadCache.COLLECTION);
        assertThat(headCache.cached(document)).isZero();

        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(40);
        assertThat(headCache.cached(document)).isEqualTo(40);
    }

    @Test
    void onlyOneInsertOfARevisionNumberSucceeds() {
        revisions.create(document, "one", DANA, "Start");
        var revision = new Revision(document, 2, OTHER_NODE, Instant.now(), "", 1, ContentHash.of("two"), 3, 0, null);
        var stored = new StoredRevision(revision, 2, RevisionPayload.snapshot("two"));

        assertThat(store.insert(stored)).isTrue();
        assertThat(store.insert(stored)).isFalse();
        assertThat(mongo.count(Query.query(Criteria.where("documentId").is(document.value()).and("number").is(2)),
                RevisionStore.COLLECTION)).isEqualTo(1);
    }

    @Test
    void theHeadCacheNeverMovesBackwardsButIsResetWhenItPointsPastTheRevisions() {
        revisions.create(document, "one", DANA, "Start");
        headCache.advance(document, 5);
        headCache.advance(document, 3);
        assertThat(headCache.cached(document)).isEqualTo(5);

        assertThat(revisions.head(document)).get().extracting(Revision::number).isEqualTo(1);
        assertThat(headCache.cached(document)).isEqualTo(1);
    }

    /** One to three words inserted, replaced or deleted: never the same text again. */
    private static String smallEdit(Random random, String text) {
        var edited = new StringBuilder(text);
        for (int i = random.nextInt(3); i >= 0; i--) {
            int at = edited.indexOf(" ", random.nextInt(edited.length() - 100));
            int next = edited.indexOf(" ", at + 1);
            switch (random.nextInt(3)) {
                case 0 -> edited.insert(at, " " + SampleProse.word(random) + "ly");
                case 1 -> edited.replace(at + 1, next, "revised" + i);
                default -> edited.delete(at, next);
            }
        }
        var result = edited.toString();
        return result.equals(text) ? result + " Added." : result;
    }
}
