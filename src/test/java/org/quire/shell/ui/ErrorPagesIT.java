package org.quire.shell.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failing requests get pages that say what happened and never how: no exception names, class
 * names or stack frames, whether the failure is outside Vaadin or in a route given garbage.
 */
@QuireIntegrationTest
class ErrorPagesIT extends BrowserJourney {

    Page page;

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aFailedRequestOutsideVaadinGetsThePlainErrorPage() throws Exception {
        // the demo provider's logout endpoint, given an ID token that is no token
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/connect/logout?id_token_hint=not-a-token"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("That request did not work");
        assertRevealsNoInternals(response.body());
    }

    @Test
    void routesGivenGarbageShowPagesWithoutInternals() {
        page = signedIn("member");
        for (var garbage : new String[] {"/proposals/%00%ff", "/proposals/" + "9".repeat(400),
                "/proposals/abc/sections/%E2%80%AE/edit", "/proposals/abc/sections/def/diff/1/99999999999999999999",
                "/proposals/abc/sections/def/revisions/-1", "/workgroups/%2e%2e", "/workgroups/x/proposals/%22%3E%3Cscript%3E",
                "/no-such-page"}) {
            page.navigate(baseUrl() + garbage);
            if (Boolean.TRUE.equals(page.evaluate("() => !!window.Vaadin"))) {
                Vaadin.waitUntilIdle(page);
            }
            var text = page.locator("body").innerText();
            assertThat(text).as(garbage).isNotBlank();
            assertRevealsNoInternals(text);
        }
    }

    static void assertRevealsNoInternals(String text) {
        assertThat(text).doesNotContain("Exception", "org.quire", "org.springframework", "java.", "com.vaadin",
                "\tat ", "Caused by");
    }
}
