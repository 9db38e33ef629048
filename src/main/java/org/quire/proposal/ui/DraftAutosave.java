package org.quire.proposal.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionId;
import org.springframework.dao.DataAccessException;

/**
 * Keeps the editor's unsaved text as the person's private draft on the server, at most every
 * {@link #INTERVAL}, off the request thread. A write the database did not take is retried until it
 * succeeds; the browser keeps its own copy meanwhile. All state is touched under the page's lock.
 */
final class DraftAutosave {

    static final Duration INTERVAL = Duration.ofSeconds(3);
    static final Duration RETRY = Duration.ofSeconds(2);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("quire-draft-autosave").factory());

    /** What the page shows about it. */
    interface Listener {

        void kept(Instant at);

        void failed(RuntimeException problem);
    }

    private final InBackground tab;
    private final SectionDrafts drafts;
    private final ProposalId proposal;
    private final SectionId section;
    private final Listener listener;
    private @Nullable String pendingText;
    private int pendingBase;
    private @Nullable ScheduledFuture<?> timer;
    private boolean writing;
    private int generation;

    DraftAutosave(InBackground tab, SectionDrafts drafts, ProposalId proposal, SectionId section, Listener listener) {
        this.tab = tab;
        this.drafts = drafts;
        this.proposal = proposal;
        this.section = section;
        this.listener = listener;
    }

    /** The text changed: it will be kept within {@link #INTERVAL}. */
    void changed(String text, int base) {
        pendingText = text;
        pendingBase = base;
        if (timer == null && !writing) {
            writeIn(INTERVAL);
        }
    }

    /** Writes what is pending now (the database is back). */
    void retryNow() {
        if (pendingText != null && !writing) {
            cancelTimer();
            write();
        }
    }

    boolean pending() {
        return pendingText != null || writing;
    }

    /** The text was saved as a revision: nothing left to keep (a write under way is undone when it lands). */
    void forget() {
        pendingText = null;
        generation++;
        cancelTimer();
    }

    void stop() {
        forget();
    }

    private void writeIn(Duration delay) {
        timer = TIMER.schedule(() -> tab.onPage(this::write), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void write() {
        timer = null;
        var text = pendingText;
        if (text == null || writing) {
            return;
        }
        int base = pendingBase;
        int writtenIn = generation;
        pendingText = null;
        writing = true;
        tab.run(() -> drafts.keep(proposal, section, base, text), draft -> {
            writing = false;
            if (writtenIn == generation) {
                listener.kept(draft.savedAt());
            } else if (pendingText == null) {
                discardLateDraft();
            }
            if (pendingText != null && timer == null) {
                writeIn(INTERVAL);
            }
        }, problem -> {
            writing = false;
            if (pendingText == null && writtenIn == generation) {
                pendingText = text;
                pendingBase = base;
            }
            listener.failed(problem);
            if (problem instanceof DataAccessException && timer == null) {
                writeIn(RETRY);
            }
        });
    }

    /** A draft written while the text was being saved landed after the save: it is stale. */
    private void discardLateDraft() {
        tab.run(() -> {
            drafts.discard(proposal, section);
            return true;
        }, done -> { }, problem -> { });
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
