package org.quire.revision.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.quire.revision.DocumentId;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;

/**
 * Saves of one document queue here within this process, so concurrent editors wait their turn
 * instead of all merging against the same head and all but one losing the insert and merging again.
 * Only an optimisation: across processes the unique index still decides. Striped (a fixed set of
 * fair locks) so the memory does not grow with the number of documents.
 */
@Component
public class DocumentLocks {

    static final int STRIPES = 256;
    static final long WAIT_SECONDS = 20;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    DocumentLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    /** @throws CannotAcquireLockException when others keep the document busy too long (the store is slow) */
    public ReentrantLock acquire(DocumentId document) {
        var lock = stripes[Math.floorMod(document.value().hashCode(), STRIPES)];
        try {
            if (lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return lock;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CannotAcquireLockException("Others are saving " + document + " and the store is slow; "
                + "the text was not saved, try again");
    }
}
