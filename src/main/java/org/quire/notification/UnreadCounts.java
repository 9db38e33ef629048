package org.quire.notification;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

import org.quire.shared.PersonKey;
import org.quire.shared.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells each open bell of a person their new unread count, within the node, the way
 * {@code ProposalUpdates} tells open proposal views: each listener on a thread of its own, so a slow
 * tab never delays a comment being posted.
 */
@Component
class UnreadCounts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UnreadCounts.class);

    private final Map<PersonKey, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    Subscription subscribe(PersonKey person, LongConsumer listener) {
        listeners.compute(person, (key, present) -> {
            var set = present == null ? ConcurrentHashMap.<LongConsumer>newKeySet() : present;
            set.add(listener);
            return set;
        });
        return () -> listeners.computeIfPresent(person, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void changed(PersonKey person, long unread) {
        if (delivery.isShutdown()) {
            return;
        }
        for (var listener : listeners.getOrDefault(person, Set.of())) {
            delivery.execute(() -> {
                try {
                    listener.accept(unread);
                } catch (RuntimeException failed) {
                    log.warn("A bell could not take the unread count of {}", person, failed);
                }
            });
        }
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
