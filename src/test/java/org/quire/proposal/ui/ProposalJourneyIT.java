package org.quire.proposal.ui;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.browser.Browser;
import org.quire.browser.DemoSignIn;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member's first drafting session in Chromium: create a proposal, save a section twice, see both
 * revisions in the history, compare them, and restore the first.
 */
@QuireIntegrationTest
class ProposalJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aMemberDraftsASectionComparesRevisionsAndRestoresTheFirst() {
        var page = browser.newPage();
        try {
            draftCompareAndRestore(page);
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/journey-failure.png")));
            throw failure;
        }
    }

    private void draftCompareAndRestore(Page page) {
        DemoSignIn.signIn(page, "http://localhost:" + port, "member", "demo");
        // the member's home lists their workgroups when other tests gave them more than this one
        page.navigate("http://localhost:" + port + "/workgroups/telehealth");
        Vaadin.waitUntilIdle(page);
        page.locator("#proposals-link").click();
        page.waitForURL(Pattern.compile(".*/workgroups/telehealth/proposals$"));
        Vaadin.waitUntilIdle(page);
        page.locator("#new-proposal").click();
        page.locator("#new-proposal-title input").fill("Remote review of home blood pressure data");
        page.getByText("2. Review and analysis of transmitted data.").click();
        page.locator("#create-proposal").click();
        page.waitForURL(Pattern.compile(".*/proposals/[0-9a-f]+$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#proposal-title")).containsText("Remote review of home blood pressure data");
        assertThat(page.locator("#contents li")).hasCount(6); // five sections, then the code descriptors
        assertThat(page.locator("#contents li").last()).hasText("Code descriptors");

        page.locator(".proposal-section").first().getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Edit")).click();
        page.waitForURL(Pattern.compile(".*/edit$"));
        Vaadin.waitUntilIdle(page);
        save(page, "Report remote review of **home blood pressure** readings once per 30 days.", "First draft");
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 2");
        save(page, "Report remote review of **home blood pressure** readings once per calendar month.",
                "Calendar month");
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 3");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        page.waitForURL(Pattern.compile(".*/history$"));
        Vaadin.waitUntilIdle(page);
        var revisions = page.locator("#revisions");
        assertThat(revisions).containsText("First draft");
        assertThat(revisions).containsText("Calendar month");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/history.png")));

        // the first checkbox selects all; then revisions 3 and 2, newest first
        var checkboxes = revisions.locator("vaadin-checkbox");
        checkboxes.nth(1).click();
        checkboxes.nth(2).click();
        page.locator("#compare").click();
        page.waitForURL(Pattern.compile(".*/diff/2/3$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#changes del")).containsText("30 days");
        assertThat(page.locator("#changes ins")).containsText("calendar month");
        page.locator("#diff-form").getByText("Rendered").click();
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#changes strong")).containsText("home blood pressure");
        assertThat(page.locator("#changes ins")).containsText("calendar month");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/diff.png")));
        page.locator("#diff-layout").getByText("Side by side").click();
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#changes")).containsText("Revision 2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/diff-side-by-side.png")));

        page.navigate(page.url().replaceAll("/diff.*", "/history"));
        Vaadin.waitUntilIdle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore revision 2")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore").setExact(true)).click();
        page.waitForLoadState();
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#revisions")).containsText("Restored revision 2");

        page.navigate(page.url().replaceAll("/sections/.*", ""));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator(".proposal-section").first()).containsText("once per 30 days");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/proposal.png")));
    }

    private static void save(Page page, String text, String summary) {
        EditorKeys.replaceText(page, "section-text", text);
        page.locator("#change-summary input").fill(summary);
        page.locator("#save-section").click();
        Vaadin.waitUntilIdle(page);
    }
}
