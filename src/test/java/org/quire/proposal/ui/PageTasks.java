package org.quire.proposal.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.UI;

/**
 * For browserless tests of live pages: runs the work other threads handed to the page
 * ({@code ui.access}) until a condition holds, for at most ten seconds. The test thread holds the
 * session lock throughout, and a round trip alone does not run tasks queued by other threads.
 */
final class PageTasks {

    private PageTasks() {
    }

    static void runUntil(BooleanSupplier condition, Runnable roundTrip) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var session = UI.getCurrent().getSession();
            session.getService().runPendingAccessTasks(session);
            roundTrip.run();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("the page did not get there within ten seconds; it shows: "
                + UI.getCurrent().getElement().getTextRecursively());
    }
}
