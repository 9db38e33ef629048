package org.quire.storage.internal;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.jspecify.annotations.Nullable;
import org.quire.storage.EmbeddedStoreControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server over an H2 file on loopback, restartable in place: the first start takes a
 * free port, later starts take that port again, so the MongoDB client (which knows only that
 * address) reconnects on its own. Stopping closes the H2 file, which writes everything
 * acknowledged and releases the file lock that a new backend on the same file needs.
 */
class EmbeddedStore implements EmbeddedStoreControl {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    private static final String HOST = "127.0.0.1";

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable MongoServer server;
    private int port;

    EmbeddedStore(Path file) {
        this.file = file;
    }

    @Override
    public void start() {
        lock.lock();
        try {
            if (server != null) {
                return;
            }
            var starting = new MongoServer(new H2Backend(file.toString()));
            try {
                starting.bind(HOST, port);
            } catch (Exception e) { // Netty rethrows a BindException unchecked, past MongoServer's own clean-up
                starting.shutdownNow();
                throw new IllegalStateException("The embedded store cannot listen on " + HOST + ":" + port, e);
            }
            var restart = port != 0;
            port = starting.getLocalAddress().getPort();
            server = starting;
            if (restart) {
                log.info("Embedded store started again on port {}", port);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void stop() {
        lock.lock();
        try {
            if (server == null) {
                return;
            }
            server.shutdownNow();
            server = null;
            log.info("Embedded store stopped (port {})", port);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    Path file() {
        return file;
    }

    /** Where it listens, or listened before it was stopped. */
    InetSocketAddress address() {
        if (port == 0) {
            throw new IllegalStateException("The embedded store was never started");
        }
        return new InetSocketAddress(HOST, port);
    }
}
