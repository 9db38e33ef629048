package org.quire.comment.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.jspecify.annotations.Nullable;
import org.quire.comment.CommentThread;
import org.quire.comment.CommentThreads;
import org.quire.comment.ThreadUpdates;
import org.quire.proposal.ProposalId;
import org.quire.shared.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps one open margin up to date: when anyone changes a thread of the proposal, the threads are
 * read again off the request thread, as the reader (their security context, so the service still
 * checks they may read them), and reach the page through Push.
 */
final class LiveThreads {

    private static final Logger log = LoggerFactory.getLogger(LiveThreads.class);

    private final ThreadUpdates updates;
    private final CommentThreads threads;
    private @Nullable Subscription subscription;

    LiveThreads(ThreadUpdates updates, CommentThreads threads) {
        this.updates = updates;
        this.threads = threads;
    }

    /**
     * Call on the tab's request thread, where the reader's security context is set. Each read takes
     * its number from {@code reads} before reading, so the page can drop a read that a newer one
     * (its own refresh after an action) overtook.
     */
    void follow(UI ui, ProposalId proposal, AtomicLong reads, BiConsumer<Long, List<CommentThread>> show) {
        stop();
        var reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        subscription = updates.subscribe(proposal, change -> {
            List<CommentThread> fresh;
            long read = reads.incrementAndGet();
            try {
                SecurityContextHolder.setContext(reader);
                fresh = threads.threads(proposal);
            } catch (RuntimeException failed) {
                log.debug("The threads of {} could not be read again for an open page", proposal, failed);
                return;
            } finally {
                SecurityContextHolder.clearContext();
            }
            try {
                ui.access(() -> show.accept(read, fresh));
            } catch (UIDetachedException closed) {
                stop();
            }
        });
    }

    void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
