package org.quire.revision.internal;

import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.quire.revision.DocumentId;
import org.quire.revision.Revision;
import org.quire.revision.RevisionNotFound;
import org.springframework.stereotype.Component;

/**
 * Texts in and out of the store. A revision is a snapshot (the whole deflated text) or a delta
 * from the latest snapshot, never from the previous revision: reading any revision is then at most
 * two exact-key reads, however long the history. A new snapshot is taken every
 * {@value #SNAPSHOT_INTERVAL} revisions, or sooner when the delta would grow past half the
 * snapshot (heavy rewriting), which bounds both storage and the work of a read.
 */
@Component
public class RevisionArchive {

    public static final int SNAPSHOT_INTERVAL = 50;

    /** At most one snapshot per batch at the regular interval, so a batch stays a few hundred KB. */
    static final int WALK_BATCH = SNAPSHOT_INTERVAL;

    private final RevisionStore store;

    RevisionArchive(RevisionStore store) {
        this.store = store;
    }

    public StoredRevision stored(DocumentId document, int number) {
        return store.find(document, number).orElseThrow(() -> new RevisionNotFound(document, number));
    }

    public String text(StoredRevision stored) {
        var snapshotText = stored.isSnapshot() ? null : snapshotText(stored);
        return verified(stored, RevisionPayload.text(stored.payload(), snapshotText));
    }

    /**
     * {@code text} encoded as the revision after {@code previous} (null: the first revision): a
     * snapshot, or a delta from the snapshot of {@code previous}.
     */
    public StoredRevision encode(Revision revision, String text, @Nullable StoredRevision previous) {
        if (previous == null || revision.number() - previous.snapshotNumber() >= SNAPSHOT_INTERVAL) {
            return new StoredRevision(revision, revision.number(), RevisionPayload.snapshot(text));
        }
        var snapshot = previous.isSnapshot() ? previous : stored(revision.document(), previous.snapshotNumber());
        var delta = RevisionPayload.delta(RevisionPayload.text(snapshot.payload(), null), text);
        if (2L * delta.length > snapshot.payload().length) {
            return new StoredRevision(revision, revision.number(), RevisionPayload.snapshot(text));
        }
        return new StoredRevision(revision, snapshot.number(), delta);
    }

    /** Reads revisions 1 to {@code upTo} in order, a batch per query, each snapshot decoded once. */
    public void walk(DocumentId document, int upTo, BiConsumer<Revision, String> visitor) {
        String snapshotText = null;
        for (int from = 1; from <= upTo; from += WALK_BATCH) {
            var batch = store.findAll(document, from, Math.min(upTo, from + WALK_BATCH - 1));
            for (var stored : batch) {
                var text = verified(stored, RevisionPayload.text(stored.payload(), snapshotText));
                if (stored.isSnapshot()) {
                    snapshotText = text;
                }
                visitor.accept(stored.revision(), text);
            }
        }
    }

    private String snapshotText(StoredRevision stored) {
        var snapshot = store.find(stored.revision().document(), stored.snapshotNumber())
                .orElseThrow(() -> damaged(stored.revision(), "snapshot " + stored.snapshotNumber() + " is missing"));
        return RevisionPayload.text(snapshot.payload(), null);
    }

    private static String verified(StoredRevision stored, String text) {
        if (!ContentHash.of(text).equals(stored.revision().contentHash())) {
            throw damaged(stored.revision(), "its text does not match its hash");
        }
        return text;
    }

    private static IllegalStateException damaged(Revision revision, String why) {
        return new IllegalStateException("Revision " + revision.number() + " of " + revision.document()
                + " is damaged: " + why);
    }
}
