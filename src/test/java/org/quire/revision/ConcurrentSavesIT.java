package org.quire.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;

import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.revision.SaveOutcome.Conflicted;
import org.quire.revision.SaveOutcome.Merged;
import org.quire.revision.SaveOutcome.Saved;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several people saving one section at once: every save ends as a revision, a clean merge, or a
 * conflict holding the caller's text, and no revision number is written twice.
 */
@QuireIntegrationTest
class ConcurrentSavesIT {

    static final int WRITERS = 8;
    static final int SAVES_EACH = 6;

    @Autowired
    Revisions revisions;
    @Autowired
    MongoTemplate mongo;

    final DocumentId document = new DocumentId("section-" + UUID.randomUUID());

    @Test
    void everyConcurrentSaveIsKeptMergedOrHandedBackAndNoNumberIsWrittenTwice() throws Exception {
        var base = SampleProse.text(new Random(31), 20_000);
        revisions.create(document, base, new PersonKey("https://login.example.org", "staff"), "Start");
        var start = new CountDownLatch(1);
        var results = Collections.synchronizedList(new ArrayList<Attempt>());
        try (var executor = Executors.newFixedThreadPool(WRITERS)) {
            var writers = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(executor.submit(() -> {
                    start.await();
                    var random = new Random(writer);
                    var author = new PersonKey("https://login.example.org", "writer" + writer);
                    for (int i = 0; i < SAVES_EACH; i++) {
                        var head = revisions.head(document).orElseThrow();
                        var marker = "marker" + writer + "x" + i;
                        var mine = insertMarker(revisions.text(document, head.number()), marker, random);
                        Thread.sleep(random.nextInt(20));
                        results.add(new Attempt(marker, mine,
                                revisions.save(document, head.number(), mine, author, "Insert " + marker)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var writer : writers) {
                writer.get();
            }
        }

        var head = revisions.head(document).orElseThrow();
        var finalText = revisions.text(document, head.number());
        var numbers = new HashSet<Integer>();
        int kept = 0;
        for (var attempt : results) {
            switch (attempt.outcome()) {
                case Saved saved -> {
                    assertThat(numbers.add(saved.revision().number())).isTrue();
                    assertThat(finalText).contains(attempt.marker());
                    kept++;
                }
                case Merged merged -> {
                    assertThat(numbers.add(merged.revision().number())).isTrue();
                    assertThat(merged.mergedWith()).isNotEmpty();
                    assertThat(finalText).contains(attempt.marker());
                    kept++;
                }
                case Conflicted conflicted -> assertThat(conflicted.mine()).isEqualTo(attempt.mine());
                default -> throw new AssertionError("Unexpected " + attempt.outcome());
            }
        }
        System.out.printf("%d concurrent saves: %d kept (saved or merged), %d conflicts%n", results.size(), kept,
                results.size() - kept);
        assertThat(results).hasSize(WRITERS * SAVES_EACH);
        assertThat(head.number()).isEqualTo(kept + 1);
        assertThat(numbers).hasSize(kept).allSatisfy(number -> assertThat(number).isBetween(2, head.number()));
        assertThat(mongo.count(Query.query(Criteria.where("documentId").is(document.value())), "revisions"))
                .isEqualTo(head.number());
    }

    /** Mostly somewhere at random; sometimes at the same hot spot, which makes real conflicts. */
    private static String insertMarker(String text, String marker, Random random) {
        int from = random.nextInt(4) == 0 ? 200 : random.nextInt(text.length() - 50);
        int at = text.indexOf(' ', from);
        return text.substring(0, at) + " " + marker + text.substring(at);
    }

    private record Attempt(String marker, String mine, SaveOutcome outcome) {
    }

}
