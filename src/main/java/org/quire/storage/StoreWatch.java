package org.quire.storage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Pings the database on one background daemon thread and tells {@link StoreStatus} what it found:
 * every {@code watchInterval} while it answers, every {@code watchIntervalWhenDown} while not.
 * Runs from application ready until shutdown.
 */
@Component
class StoreWatch {

    private final StoreStatus status;
    private final StorePing ping;
    private final Duration interval;
    private final Duration intervalWhenDown;
    private @Nullable ScheduledExecutorService scheduler;
    private volatile boolean stopping;

    @Autowired
    StoreWatch(StoreStatus status, MongoDatabaseFactory mongo, StoreProperties properties) {
        this(status, StorePing.of(mongo, properties.serverSelectionTimeout()), properties.watchInterval(),
                properties.watchIntervalWhenDown());
    }

    StoreWatch(StoreStatus status, StorePing ping, Duration interval, Duration intervalWhenDown) {
        this.status = status;
        this.ping = ping;
        this.interval = interval;
        this.intervalWhenDown = intervalWhenDown;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (scheduler != null) {
            return;
        }
        stopping = false;
        var started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("quire-store-watch").daemon().factory());
        scheduler = started;
        started.execute(() -> checkAndScheduleNext(started));
    }

    @PreDestroy
    synchronized void stop() {
        var running = scheduler;
        if (running == null) {
            return;
        }
        stopping = true;
        scheduler = null;
        running.shutdownNow();
        try {
            running.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Pings once and records the outcome; the watch thread's whole job, also callable from tests. */
    void check() {
        var beforePing = status.current();
        try {
            ping.ping();
            status.markAvailable(beforePing);
        } catch (RuntimeException e) {
            if (!stopping) { // an interrupted ping at shutdown is no outage
                status.markUnavailable(StoreStatus.describe(e));
            }
        }
    }

    Duration nextDelay() {
        return status.isAvailable() ? interval : intervalWhenDown;
    }

    private void checkAndScheduleNext(ScheduledExecutorService on) {
        try {
            check();
        } finally {
            try {
                on.schedule(() -> checkAndScheduleNext(on), nextDelay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                // stopping: no next check
            }
        }
    }
}
