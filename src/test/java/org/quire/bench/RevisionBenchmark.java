package org.quire.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.difflib.DiffUtils;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.RawBsonDocument;
import org.quire.revision.DocumentId;
import org.quire.revision.Revisions;
import org.quire.revision.SampleProse;
import org.quire.revision.SaveOutcome;
import org.quire.revision.TextDiff;
import org.quire.revision.internal.TokenSequence;
import org.quire.shared.PersonKey;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Revisions: word diff speed, storage of a long history of small edits against {@code git gc
 * --aggressive} on the same history, read and history latency, and 50 concurrent writers. Runs the
 * revision module alone (a small Spring context) on the embedded store (H2 backend, temporary
 * folder), as the application does without {@code MONGODB_URI}.
 */
public final class RevisionBenchmark implements Runnable {

    static final int SECTION_CHARACTERS = 100_000;
    static final int EDITS = 1_000;
    static final int WRITERS = 50;
    static final int SAVES_PER_WRITER = 4;
    static final PersonKey EDITOR = new PersonKey("https://login.example.org", "bench-editor");

    public RevisionBenchmark() {
    }

    @Override
    public void run() {
        // the store and driver log each connection at INFO, which would bury the numbers
        var rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var level = rootLogger.getLevel();
        rootLogger.setLevel(Level.WARN);
        try {
            measure();
        } finally {
            rootLogger.setLevel(level);
        }
    }

    private void measure() {
        Path folder = null;
        var server = (MongoServer) null;
        try {
            folder = Files.createTempDirectory("quire-revision-bench");
            server = new MongoServer(new H2Backend(folder.resolve("bench.mv.db").toString()));
            server.bind("127.0.0.1", 0);
            try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
                    var context = new AnnotationConfigApplicationContext()) {
                var mongo = new MongoTemplate(client, "bench");
                context.registerBean(MongoTemplate.class, () -> mongo);
                context.registerBean(Clock.class, Clock::systemUTC);
                context.scan("org.quire.revision");
                context.refresh();
                var revisions = context.getBean(Revisions.class);
                diffs();
                history(revisions, mongo, folder);
                concurrentWriters(revisions, mongo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (server != null) {
                server.shutdown();
            }
            deleteQuietly(folder);
        }
    }

    /** (1) Word diff of two 100 KB texts. */
    private static void diffs() {
        var random = new Random(1);
        var before = SampleProse.text(random, SECTION_CHARACTERS);
        var scattered = scatteredEdits(random, before, 50);
        System.out.printf(Locale.ROOT, "(1) word diff, texts of %,d and %,d characters%n", before.length(),
                scattered.length());
        var scatteredTimings = Timings.measure("diff, 50 scattered edits", 30, 100,
                () -> TextDiff.between(before, scattered));
        var baseline = Timings.measure("java-diff-utils Myers, same word tokens", 30, 100,
                () -> DiffUtils.diff(words(before), words(scattered)));
        System.out.println("    " + scatteredTimings.summary() + "   target p95 < 50 ms");
        System.out.println("    " + baseline.summary() + "   (baseline)");
        System.out.println("    " + scatteredTimings.ratioTo(baseline));

        var everyLine = everyLineEdited(random, before);
        long paragraphs = before.lines().filter(line -> line.length() >= 40).count();
        var everyLineTimings = Timings.measure("diff, all " + paragraphs + " paragraph lines edited", 2, 10,
                () -> TextDiff.between(before, everyLine));
        System.out.println("    " + everyLineTimings.summary() + "   target < 1 s");
        var rewrite = SampleProse.text(new Random(2), SECTION_CHARACTERS);
        var rewriteTimings = Timings.measure("diff, whole text rewritten", 1, 5, () -> TextDiff.between(before,
                rewrite));
        System.out.println("    " + rewriteTimings.summary() + "   (worst case, no target)");
    }

    private static List<String> words(String text) {
        var tokens = TokenSequence.words(text);
        var words = new ArrayList<String>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.token(i));
        }
        return words;
    }

    /** (2) 1,000 small edits of one 100 KB section, against git on the same history. */
    private static void history(Revisions revisions, MongoTemplate mongo, Path folder) throws IOException {
        var random = new Random(3);
        var document = new DocumentId("bench-history");
        var texts = new ArrayList<String>(EDITS + 1);
        texts.add(SampleProse.text(random, SECTION_CHARACTERS));
        revisions.create(document, texts.getFirst(), EDITOR, "Start");
        var saves = new Timings("save on head (100 KB section)", EDITS);
        for (int i = 1; i <= EDITS; i++) {
            var text = smallEdit(random, texts.getLast());
            texts.add(text);
            long start = System.nanoTime();
            var outcome = revisions.save(document, i, text, EDITOR, "Small edit " + i);
            saves.add(System.nanoTime() - start);
            if (!(outcome instanceof SaveOutcome.Saved)) {
                throw new IllegalStateException("Expected a plain save, got " + outcome);
            }
        }
        int count = texts.size();
        long documentBytes = 0;
        long payloadBytes = 0;
        int snapshots = 0;
        for (var raw : mongo.getCollection("revisions").withDocumentClass(RawBsonDocument.class)
                .find(Filters.eq("documentId", document.value()))) {
            documentBytes += raw.getByteBuffer().remaining();
            payloadBytes += raw.getBinary("payload").getData().length;
            snapshots += raw.getInt32("snapshotNumber").equals(raw.getInt32("number")) ? 1 : 0;
        }
        long textBytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "%n(2) history: %,d revisions of one section of %,d characters, 1-3 words "
                + "changed per revision (%,d MB of text in all)%n", count, texts.getLast().length(), textBytes >> 20);
        System.out.println("    " + saves.summary());
        System.out.printf(Locale.ROOT, "    stored: %,d bytes of documents (%,d of payload), %d snapshots%n",
                documentBytes, payloadBytes, snapshots);
        double perRevision = documentBytes / (double) count;
        System.out.printf(Locale.ROOT, "    bytes per revision: %,.0f (whole document with metadata), %,.0f payload "
                + "only   target < 5 KB%n", perRevision, payloadBytes / (double) count);
        var git = gitBytesPerRevision(texts, folder.resolve("git"));
        System.out.printf(Locale.ROOT, "    git gc --aggressive, same %,d commits: %,.0f bytes per revision "
                + "(size-pack %,d KiB, gc took %.1f s); Quire / git = %.2fx (documents), %.2fx (payload)%n", count,
                git.bytesPerRevision(), git.sizePackKib(), git.gcSeconds(), perRevision / git.bytesPerRevision(),
                payloadBytes / (double) count / git.bytesPerRevision());

        var oldest = Timings.measure("read revision 1 (oldest)", 5, 100, () -> revisions.text(document, 1));
        var newest = Timings.measure("read revision " + count + " (newest)", 5, 100,
                () -> revisions.text(document, count));
        var farthest = Timings.measure("read revision 50 (49 after its snapshot)", 5, 100,
                () -> revisions.text(document, 50));
        var page = Timings.measure("history, first page of 20", 5, 100, () -> revisions.history(document, null, 20));
        System.out.println("    " + oldest.summary() + "   target < 50 ms");
        System.out.println("    " + newest.summary() + "   target < 50 ms");
        System.out.println("    " + farthest.summary() + "   target < 50 ms");
        System.out.println("    " + page.summary() + "   target < 20 ms");
        var blame = Timings.measure("blame of revision " + count + " (reads all)", 1, 3,
                () -> revisions.blame(document, count));
        System.out.println("    " + blame.summary() + "   (no target)");
        for (int number : new int[] {1, 50, 51, 500, count}) {
            if (!revisions.text(document, number).equals(texts.get(number - 1))) {
                throw new IllegalStateException("Revision " + number + " did not read back exactly");
            }
        }
    }

    /** (3) 50 people saving one section at once, each from the head they last read. */
    private static void concurrentWriters(Revisions revisions, MongoTemplate mongo) {
        var document = new DocumentId("bench-concurrent");
        revisions.create(document, SampleProse.text(new Random(4), SECTION_CHARACTERS), EDITOR, "Start");
        var latencies = new Timings("save, " + WRITERS + " writers at once", WRITERS * SAVES_PER_WRITER);
        var attempts = Collections.synchronizedList(new ArrayList<Attempt>());
        var start = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(WRITERS)) {
            var writers = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(executor.submit(() -> {
                    start.await();
                    var random = new Random(100 + writer);
                    var author = new PersonKey("https://login.example.org", "writer-" + writer);
                    for (int i = 0; i < SAVES_PER_WRITER; i++) {
                        var head = revisions.head(document).orElseThrow();
                        var marker = "w" + writer + "edit" + i;
                        var mine = insertMarker(random, revisions.text(document, head.number()), marker);
                        Thread.sleep(random.nextInt(50)); // typing
                        long began = System.nanoTime();
                        var outcome = revisions.save(document, head.number(), mine, author, marker);
                        synchronized (latencies) {
                            latencies.add(System.nanoTime() - began);
                        }
                        attempts.add(new Attempt(marker, mine, outcome));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var writer : writers) {
                writer.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A writer failed", e);
        }
        int saved = 0;
        int merged = 0;
        int conflicts = 0;
        int lost = 0;
        var head = revisions.head(document).orElseThrow();
        var finalText = revisions.text(document, head.number());
        for (var attempt : attempts) {
            switch (attempt.outcome()) {
                case SaveOutcome.Saved s -> saved++;
                case SaveOutcome.Merged m -> merged++;
                case SaveOutcome.Conflicted c -> {
                    conflicts++;
                    lost += c.mine().equals(attempt.mine()) ? 0 : 1;
                }
                case SaveOutcome.Unchanged u -> lost++;
            }
            boolean kept = attempt.outcome() instanceof SaveOutcome.Saved
                    || attempt.outcome() instanceof SaveOutcome.Merged;
            lost += kept && !finalText.contains(attempt.marker()) ? 1 : 0;
        }
        long stored = mongo.getCollection("revisions").countDocuments(Filters.eq("documentId", document.value()));
        System.out.printf(Locale.ROOT, "%n(3) %d writers x %d saves on one section of %,d characters "
                + "(1 in 5 at the same hot spot)%n", WRITERS, SAVES_PER_WRITER, finalText.length());
        System.out.printf(Locale.ROOT, "    %d saves = %d saved + %d merged + %d conflicts (%s); new revisions: %d; "
                + "revision documents: %d for head %d; lost updates: %d%n", attempts.size(), saved, merged, conflicts,
                saved + merged + conflicts == attempts.size() ? "adds up" : "DOES NOT ADD UP", head.number() - 1,
                stored, head.number(), lost);
        System.out.println("    " + latencies.summary());
    }

    private static String scatteredEdits(Random random, String text, int edits) {
        var edited = text;
        for (int i = 0; i < edits; i++) {
            edited = smallEdit(random, edited);
        }
        return edited;
    }

    /** Every paragraph (a line of 40 characters or more) gets one to three words changed; blank lines stay. */
    private static String everyLineEdited(Random random, String text) {
        var lines = new ArrayList<String>();
        for (var line : text.split("\n", -1)) {
            lines.add(line.length() < 40 ? line : smallEdit(random, line));
        }
        return String.join("\n", lines);
    }

    /** One to three words inserted, replaced or deleted somewhere. */
    static String smallEdit(Random random, String text) {
        var edited = new StringBuilder(text);
        for (int i = random.nextInt(3); i >= 0; i--) {
            int at = edited.indexOf(" ", random.nextInt(Math.max(1, edited.length() - 30)));
            int next = at < 0 ? -1 : edited.indexOf(" ", at + 1);
            if (next < 0) {
                edited.append(" ").append(SampleProse.word(random));
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> edited.insert(at, " " + SampleProse.word(random));
                case 1 -> edited.replace(at + 1, next, SampleProse.word(random) + "s");
                default -> edited.delete(at, next);
            }
        }
        var result = edited.toString();
        return result.equals(text) ? result + " Added." : result;
    }

    private static String insertMarker(Random random, String text, String marker) {
        int from = random.nextInt(5) == 0 ? 500 : random.nextInt(text.length() - 50);
        int at = text.indexOf(' ', from);
        return text.substring(0, at) + " " + marker + text.substring(at);
    }

    private record Attempt(String marker, String mine, SaveOutcome outcome) {
    }

    private record GitSize(double bytesPerRevision, long sizePackKib, double gcSeconds) {
    }

    /** The same history as one commit per revision (written with git fast-import), then gc --aggressive. */
    private static GitSize gitBytesPerRevision(List<String> texts, Path repository) throws IOException {
        Files.createDirectories(repository);
        git(repository, "init", "-q");
        var importLog = repository.resolveSibling("fast-import.log").toFile();
        var importer = new ProcessBuilder("git", "fast-import", "--quiet").directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(importLog).start();
        try (OutputStream in = importer.getOutputStream()) {
            long time = 1_780_000_000L;
            for (int i = 0; i < texts.size(); i++) {
                var blob = texts.get(i).getBytes(StandardCharsets.UTF_8);
                write(in, "blob\nmark :" + (i + 1) + "\ndata " + blob.length + "\n");
                in.write(blob);
                var message = ("Revision " + (i + 1)).getBytes(StandardCharsets.UTF_8);
                write(in, "\ncommit refs/heads/main\ncommitter Bench <bench@example.org> " + (time + i) + " +0000\n"
                        + "data " + message.length + "\n");
                in.write(message);
                // each commit continues the branch it names, so no "from" is needed within one import
                write(in, "\nM 100644 :" + (i + 1) + " section.md\n\n");
            }
        }
        waitFor(importer, "git fast-import (see " + importLog + ")");
        long start = System.nanoTime();
        git(repository, "gc", "--aggressive", "--prune=now", "-q");
        double gcSeconds = (System.nanoTime() - start) / 1e9;
        var counts = git(repository, "count-objects", "-v");
        long sizePack = counts.lines().filter(line -> line.startsWith("size-pack:"))
                .mapToLong(line -> Long.parseLong(line.substring("size-pack:".length()).strip())).findFirst()
                .orElseThrow();
        return new GitSize(sizePack * 1024.0 / texts.size(), sizePack, gcSeconds);
    }

    private static String git(Path repository, String... arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add("git");
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        waitFor(process, String.join(" ", command) + ": " + output);
        return output;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void waitFor(Process process, String what) {
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Failed: " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("(could not delete " + folder + ": " + e.getMessage() + ")");
        }
    }
}
