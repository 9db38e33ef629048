package org.quire.revision;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.revision.SaveOutcome.Conflicted;
import org.quire.revision.SaveOutcome.Merged;
import org.quire.revision.SaveOutcome.Saved;
import org.quire.revision.SaveOutcome.Unchanged;
import org.quire.revision.internal.ContentHash;
import org.quire.revision.internal.DocumentLocks;
import org.quire.revision.internal.HeadTracker;
import org.quire.revision.internal.RevisionArchive;
import org.quire.revision.internal.RevisionStore;
import org.quire.revision.internal.StoredRevision;
import org.quire.shared.PersonKey;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The write path: the first revision, and each save turned into a revision, a merge or a
 * conflict. There are no transactions: the insert of
 * revision head+1 is the commit point, and losing it (another process saved first) means reading
 * the new head and deciding again, now as a merge. Within this process saves of one document take
 * turns ({@link DocumentLocks}). The caller's text is never dropped: it is saved, merged, or handed
 * back inside the conflict.
 */
@Component
class RevisionWriter {

    static final int MAX_ATTEMPTS = 10;

    private final RevisionArchive archive;
    private final RevisionStore store;
    private final HeadTracker heads;
    private final DocumentLocks locks;
    private final Clock clock;

    RevisionWriter(RevisionArchive archive, RevisionStore store, HeadTracker heads, DocumentLocks locks, Clock clock) {
        this.archive = archive;
        this.store = store;
        this.heads = heads;
        this.locks = locks;
        this.clock = clock;
    }

    /** @throws IllegalStateException when the document has revisions already */
    Revision create(DocumentId document, String text, PersonKey author, String summary) {
        var revision = new Revision(document, 1, author, clock.instant(), summary, 0, ContentHash.of(text),
                text.length(), text.length(), null);
        // the unique index alone decides, as for every later revision
        if (!store.insert(archive.encode(revision, text, null))) {
            throw new IllegalStateException("Document " + document + " exists already");
        }
        heads.moved(document, 1);
        return revision;
    }

    SaveOutcome save(DocumentId document, int baseNumber, String mine, PersonKey author, String summary,
            @Nullable Integer restoredFrom, List<PersonKey> suggestedBy, TextMerger merger) {
        SaveOutcome outcome;
        var lock = locks.acquire(document);
        try {
            outcome = resolveLocked(document, baseNumber, mine,
                    new Edit(baseNumber, author, summary, restoredFrom, suggestedBy, merger));
        } finally {
            lock.unlock();
        }
        if (outcome instanceof Merged merged) {
            // revisions never change, so naming the merged ones can wait until others may save again
            return new Merged(merged.revision(),
                    othersSince(document, baseNumber, merged.revision().number() - 1, author));
        }
        return outcome;
    }

    private SaveOutcome resolveLocked(DocumentId document, int baseNumber, String mine, Edit edit) {
        var mineHash = ContentHash.of(mine);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            var head = heads.head(document).orElseThrow(() -> new RevisionNotFound(document));
            if (baseNumber < 1 || baseNumber > head.number()) {
                throw new RevisionNotFound(document, baseNumber);
            }
            if (mineHash.equals(head.revision().contentHash())) {
                return new Unchanged(head.revision());
            }
            SaveOutcome outcome;
            if (baseNumber == head.number()) {
                var revision = commit(head, mine, mineHash, edit);
                outcome = revision == null ? null : new Saved(revision);
            } else {
                outcome = merge(head, mine, edit);
            }
            if (outcome != null) {
                return outcome;
            }
        }
        throw new OptimisticLockingFailureException("Others kept saving " + document
                + " first; the text was not saved, try again");
    }

    private @Nullable SaveOutcome merge(StoredRevision head, String mine, Edit edit) {
        var document = head.revision().document();
        var base = archive.text(archive.stored(document, edit.baseNumber()));
        var theirs = archive.text(head);
        return switch (edit.merger().merge(base, theirs, mine)) {
            case TextMerge.Conflict conflict -> new Conflicted(edit.baseNumber(), head.revision(), base, theirs, mine,
                    conflict.regions(), conflict.resolution());
            case TextMerge.Clean clean -> {
                RevisionLimits.checkText(clean.text());
                var mergedHash = ContentHash.of(clean.text());
                if (mergedHash.equals(head.revision().contentHash())) {
                    yield new Unchanged(head.revision());
                }
                var revision = commit(head, clean.text(), mergedHash, edit);
                yield revision == null ? null : new Merged(revision, List.of());
            }
        };
    }

    /** @return the new revision, or null when another process took the number first */
    private @Nullable Revision commit(StoredRevision head, String text, String hash, Edit edit) {
        var previous = head.revision();
        var revision = new Revision(previous.document(), previous.number() + 1, edit.author(), clock.instant(),
                edit.summary(), edit.baseNumber(), hash, text.length(), text.length() - previous.length(),
                edit.restoredFrom(), edit.suggestedBy());
        if (!store.insert(archive.encode(revision, text, head))) {
            return null;
        }
        heads.moved(previous.document(), revision.number());
        return revision;
    }

    private List<Revision> othersSince(DocumentId document, int baseNumber, int headNumber, PersonKey author) {
        int from = Math.max(baseNumber + 1, headNumber - Revisions.MAX_MERGED_LISTED + 1);
        return store.findRevisions(document, from, headNumber).reversed().stream()
                .filter(revision -> !revision.author().equals(author)).toList();
    }

    private record Edit(int baseNumber, PersonKey author, String summary, @Nullable Integer restoredFrom,
            List<PersonKey> suggestedBy, TextMerger merger) {
    }
}
