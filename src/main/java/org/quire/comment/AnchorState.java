package org.quire.comment;

/** How an anchor fared when a new revision of its text landed. */
public enum AnchorState {
    /** The quoted text is still there, followed through the diff (it may sit at another position). */
    INTACT,
    /** The quoted text was found unchanged elsewhere: the passage was moved. */
    MOVED,
    /** The passage is still there but its words changed. */
    CHANGED,
    /** The passage cannot be found any more; the thread keeps its original quote and revision. */
    DETACHED;

    /** Whether the anchor still quotes exactly what it was made on (a suggestion can be applied). */
    public boolean quoteUnchanged() {
        return this == INTACT || this == MOVED;
    }
}
