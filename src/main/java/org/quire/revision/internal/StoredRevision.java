package org.quire.revision.internal;

import org.quire.revision.Revision;

/**
 * A revision as stored: its description, the snapshot its payload is relative to (itself when the
 * payload is a whole text) and the payload.
 */
public record StoredRevision(Revision revision, int snapshotNumber, byte[] payload) {

    public boolean isSnapshot() {
        return snapshotNumber == revision.number();
    }

    public int number() {
        return revision.number();
    }
}
