package org.quire.revision.internal;

import java.util.Optional;
import java.util.function.BiFunction;

import org.quire.revision.DocumentId;
import org.quire.revision.Revision;
import org.springframework.stereotype.Component;

/**
 * Finds the head revision: the cached number, then a probe of the next number by exact key. When
 * revisions exist past the cache (it lagged), it gallops forward and bisects (revision numbers have
 * no gaps: N+1 is only ever written by someone who read N) and moves the cache up.
 */
@Component
public class HeadTracker {

    private final RevisionStore revisions;
    private final HeadCache cache;

    HeadTracker(RevisionStore revisions, HeadCache cache) {
        this.revisions = revisions;
        this.cache = cache;
    }

    /** The head with its payload, for writing the next revision. */
    public Optional<StoredRevision> head(DocumentId document) {
        return head(document, revisions::find);
    }

    /** The head's description only: a snapshot payload is the whole compressed text. */
    public Optional<Revision> headRevision(DocumentId document) {
        return head(document, revisions::findRevision);
    }

    private <T> Optional<T> head(DocumentId document, BiFunction<DocumentId, Integer, Optional<T>> read) {
        int cached = cache.cached(document);
        var known = cached > 0 ? read.apply(document, cached) : Optional.<T>empty();
        int from = known.isPresent() ? cached : 0;
        int newest = newestFrom(document, from);
        if (cached > 0 && known.isEmpty()) {
            // the cache points past the revisions: never written by this module, but not trusted either
            cache.reset(document, newest);
        } else if (newest != from) {
            cache.advance(document, newest);
        }
        return newest == from ? known : read.apply(document, newest);
    }

    /** Records a revision just inserted; losing this write only costs the next reader a probe. */
    public void moved(DocumentId document, int number) {
        cache.advance(document, number);
    }

    private int newestFrom(DocumentId document, int present) {
        int newest = present;
        int step = 1;
        int absent;
        while (true) {
            int probe = newest + step;
            if (!revisions.exists(document, probe)) {
                absent = probe;
                break;
            }
            newest = probe;
            step *= 2;
        }
        while (absent - newest > 1) {
            int middle = newest + (absent - newest) / 2;
            if (revisions.exists(document, middle)) {
                newest = middle;
            } else {
                absent = middle;
            }
        }
        return newest;
    }
}
