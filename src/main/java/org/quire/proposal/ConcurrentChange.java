package org.quire.proposal;

/** A change could not be applied because others kept changing the same thing; nothing was lost. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message) {
        super(message);
    }
}
