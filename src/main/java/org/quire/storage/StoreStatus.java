package org.quire.storage;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.quire.shared.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers right now. A watch pings it in the background (one ping per
 * interval for the whole application, more often while it is down); callers whose operation
 * failed report it, so an outage shows at once. Each change is published once as
 * {@link StoreUnavailable} or {@link StoreAvailable} and handed to {@linkplain #subscribe
 * subscribers}. The application starts out assuming the database answers.
 */
@Component
public class StoreStatus {

    private static final Logger log = LoggerFactory.getLogger(StoreStatus.class);

    private final ApplicationEventPublisher events;
    private final InstantSource clock;
    private final List<Consumer<StoreState>> subscribers = new CopyOnWriteArrayList<>();
    // Changes happen under the lock so that events alternate and are never published twice.
    private final ReentrantLock changes = new ReentrantLock();
    private volatile StoreState current;

    @Autowired
    StoreStatus(ApplicationEventPublisher events) {
        this(events, InstantSource.system());
    }

    StoreStatus(ApplicationEventPublisher events, InstantSource clock) {
        this.events = events;
        this.clock = clock;
        this.current = StoreState.up(clock.instant());
    }

    public boolean isAvailable() {
        return current.available();
    }

    public StoreState current() {
        return current;
    }

    /**
     * Reports an operation that failed. A failure to reach the database marks it unavailable at
     * once; other failures (a duplicate key, a stale version) say nothing about it and are ignored.
     *
     * @return whether the failure was taken as an outage
     */
    public boolean reportFailure(DataAccessException failure) {
        if (!(failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException)) {
            return false;
        }
        markUnavailable(describe(failure));
        return true;
    }

    /**
     * Calls {@code subscriber} with the new state on each change, on the thread that noticed it
     * (the watch, or a caller of {@link #reportFailure}): it must return quickly, e.g. by handing
     * the work to {@code UI.access}.
     */
    public Subscription subscribe(Consumer<StoreState> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * The database answered a ping. {@code beforePing} is the state when the ping was sent: if the
     * database was reported down since, this answer may predate the outage and does not count.
     */
    void markAvailable(StoreState beforePing) {
        changes.lock();
        try {
            var down = current;
            if (down.available() || beforePing.available()) {
                return;
            }
            var now = clock.instant();
            current = StoreState.up(now);
            var outage = Duration.between(down.since(), now);
            log.info("The database answers again (after {} ms)", outage.toMillis());
            announce(new StoreAvailable(now, outage));
        } finally {
            changes.unlock();
        }
    }

    void markUnavailable(String error) {
        changes.lock();
        try {
            if (!current.available()) {
                current = current.withLastError(error);
                return;
            }
            var now = clock.instant();
            current = StoreState.down(now, error);
            log.warn("The database does not answer: {}", error);
            announce(new StoreUnavailable(now, error));
        } finally {
            changes.unlock();
        }
    }

    private void announce(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("A listener failed on {}", event, e);
        }
        var state = current;
        for (var subscriber : subscribers) {
            try {
                subscriber.accept(state);
            } catch (RuntimeException e) {
                log.warn("A subscriber failed on {}", state, e);
            }
        }
    }

    static String describe(Throwable failure) {
        var message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
