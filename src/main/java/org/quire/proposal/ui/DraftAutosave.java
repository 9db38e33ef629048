package org.quire.proposal.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * Keeps an editor's unsaved work (a section's text, the descriptor form's set) as the person's
 * private draft on the server, at most every
 * {@link #INTERVAL}, off the request thread. A write the database did not take is retried until it
 * succeeds; the browser keeps its own copy meanwhile. All state is touched under the page's lock.
 */
final class DraftAutosave<T> {

    static final Duration INTERVAL = Duration.ofSeconds(3);
    static final Duration RETRY = Duration.ofSeconds(2);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("quire-draft-autosave").factory());

    /** Where drafts go: the server's store of the person's drafts of this text. */
    interface Keeper<T> {

        /** Keeps {@code value}, written on top of revision {@code base}; returns when it was kept. */
        Instant keep(int base, T value);

        void discard();
    }

    /** What the page shows about it. */
    interface Listener {

        void kept(Instant at);

        void failed(RuntimeException problem);
    }

    private final InBackground tab;
    private final Keeper<T> keeper;
    private final Listener listener;
    private @Nullable T pending;
    private int pendingBase;
    private @Nullable ScheduledFuture<?> timer;
    private boolean writing;
    private int generation;

    DraftAutosave(InBackground tab, Keeper<T> keeper, Listener listener) {
        this.tab = tab;
        this.keeper = keeper;
        this.listener = listener;
    }

    /** The work changed: it will be kept within {@link #INTERVAL}. */
    void changed(T work, int base) {
        pending = work;
        pendingBase = base;
        if (timer == null && !writing) {
            writeIn(INTERVAL);
        }
    }

    /** Writes what is pending now (the database is back). */
    void retryNow() {
        if (pending != null && !writing) {
            cancelTimer();
            write();
        }
    }

    boolean pending() {
        return pending != null || writing;
    }

    /** The text was saved as a revision: nothing left to keep (a write under way is undone when it lands). */
    void forget() {
        pending = null;
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
        var work = pending;
        if (work == null || writing) {
            return;
        }
        int base = pendingBase;
        int writtenIn = generation;
        pending = null;
        writing = true;
        tab.run(() -> keeper.keep(base, work), keptAt -> {
            writing = false;
            if (writtenIn == generation) {
                listener.kept(keptAt);
            } else if (pending == null) {
                discardLateDraft();
            }
            if (pending != null && timer == null) {
                writeIn(INTERVAL);
            }
        }, problem -> {
            writing = false;
            if (pending == null && writtenIn == generation) {
                pending = work;
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
            keeper.discard();
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
