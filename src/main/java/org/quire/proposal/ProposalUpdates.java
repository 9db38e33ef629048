package org.quire.proposal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.quire.shared.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open views of a proposal about every change to it, within the node (DESIGN.md section 3):
 * each listener is called on a thread of its own, so a slow view never delays a save or another view.
 */
@Component
public class ProposalUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProposalUpdates.class);

    private final ProposalAccess proposalAccess;
    private final Map<ProposalId, Set<Consumer<ProposalChanged>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    ProposalUpdates(ProposalAccess proposalAccess) {
        this.proposalAccess = proposalAccess;
    }

    /** Signs the caller up for changes to a proposal they may read. */
    public Subscription subscribe(ProposalId proposal, Consumer<ProposalChanged> listener) {
        proposalAccess.toRead(proposal);
        listeners.compute(proposal, (id, present) -> {
            var set = present == null ? ConcurrentHashMap.<Consumer<ProposalChanged>>newKeySet() : present;
            set.add(listener);
            return set;
        });
        return () -> listeners.computeIfPresent(proposal, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(ProposalChanged change) {
        if (delivery.isShutdown()) {
            return;
        }
        for (var listener : listeners.getOrDefault(change.proposal(), Set.of())) {
            delivery.execute(() -> {
                try {
                    listener.accept(change);
                } catch (RuntimeException failed) {
                    log.warn("A view could not take the change {} of proposal {}", change.change(),
                            change.proposal(), failed);
                }
            });
        }
    }

    int listenerCount(ProposalId proposal) {
        return listeners.getOrDefault(proposal, Set.of()).size();
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
