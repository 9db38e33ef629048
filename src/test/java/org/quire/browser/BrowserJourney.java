package org.quire.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real-browser journey against the test application: one Chromium per test class, pages signed
 * in through the demo provider as a person does.
 */
public abstract class BrowserJourney {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh browser context (its own cookies and storage) signed in as a demo account. */
    protected Page signedIn(String username) {
        var page = browser.newPage();
        DemoSignIn.signIn(page, baseUrl(), username, "demo");
        return page;
    }
}
