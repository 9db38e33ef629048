package org.quire.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners signed up per key (a proposal, a person) and told of each event for their key, within
 * the node (DESIGN.md section 3): each listener is called on a virtual thread of its own, so a slow
 * page never delays the change that caused the event or another page. Listeners that fail are
 * logged and stay signed up.
 *
 * @param <K> what listeners sign up for
 * @param <E> what they are told
 */
public final class Broadcast<K, E> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Broadcast.class);

    private final String listenerName;
    private final Map<K, Set<Consumer<E>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** @param listenerName what a listener is, for the log ("a proposal view") */
    public Broadcast(String listenerName) {
        this.listenerName = listenerName;
    }

    public Subscription subscribe(K key, Consumer<E> listener) {
        listeners.compute(key, (k, present) -> {
            var set = present == null ? ConcurrentHashMap.<Consumer<E>>newKeySet() : present;
            set.add(listener);
            return set;
        });
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void tell(K key, E event) {
        if (delivery.isShutdown()) {
            return;
        }
        for (var listener : listeners.getOrDefault(key, Set.of())) {
            delivery.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException failed) {
                    log.warn("{} could not take {} for {}", listenerName, event, key, failed);
                }
            });
        }
    }

    public int listenerCount(K key) {
        return listeners.getOrDefault(key, Set.of()).size();
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
