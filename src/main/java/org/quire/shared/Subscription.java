package org.quire.shared;

/** A handle on something a caller signed up for (updates, presence); cancelling twice is harmless. */
@FunctionalInterface
public interface Subscription {

    void cancel();
}
