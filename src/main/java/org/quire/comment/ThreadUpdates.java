package org.quire.comment;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open margins of a proposal that one of its threads changed, within the node, like
 * {@code ProposalUpdates} does for the text: each listener is called on a thread of its own, so a
 * slow page never delays a comment.
 */
@Component
public class ThreadUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ThreadUpdates.class);

    private final ProposalService proposals;
    private final Map<ProposalId, Set<Consumer<ThreadChanged>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    ThreadUpdates(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** Signs the caller up for changes to the threads of a proposal they may read. */
    public Subscription subscribe(ProposalId proposal, Consumer<ThreadChanged> listener) {
        proposals.get(proposal);
        listeners.compute(proposal, (id, present) -> {
            var set = present == null ? ConcurrentHashMap.<Consumer<ThreadChanged>>newKeySet() : present;
            set.add(listener);
            return set;
        });
        return () -> listeners.computeIfPresent(proposal, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(ThreadChanged change) {
        if (delivery.isShutdown()) {
            return;
        }
        for (var listener : listeners.getOrDefault(change.proposal(), Set.of())) {
            delivery.execute(() -> {
                try {
                    listener.accept(change);
                } catch (RuntimeException failed) {
                    log.warn("A page could not take the change of thread {}", change.thread(), failed);
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
