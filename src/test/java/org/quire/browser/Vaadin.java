package org.quire.browser;

import com.microsoft.playwright.Page;

/** Waiting for Vaadin: a page is ready to assert on when no server round trip is pending. */
public final class Vaadin {

    private static final String IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())
            """;

    private Vaadin() {
    }

    public static void waitUntilIdle(Page page) {
        page.waitForFunction(IDLE);
    }
}
