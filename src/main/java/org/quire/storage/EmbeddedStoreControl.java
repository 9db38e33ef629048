package org.quire.storage;

/**
 * Stops and starts the embedded store in place: same loopback port, same file, so the running
 * application's MongoDB client reconnects by itself. For outage tests and operators; a bean only
 * when the embedded store is in use (no {@code MONGODB_URI}).
 */
public interface EmbeddedStoreControl {

    /**
     * Closes every client connection and the file (everything acknowledged is on disk afterwards).
     * Operations fail until {@link #start()}. Does nothing when already stopped.
     */
    void stop();

    /**
     * Opens the file again and listens on the port it had before. Does nothing when running.
     *
     * @throws IllegalStateException when that port has been taken meanwhile
     */
    void start();

    boolean isRunning();
}
