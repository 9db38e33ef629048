package org.quire.notification.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.comment.CommentThreads;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The observer's bell counts up the moment a member mentions them, without reloading; the centre
 * lists the mention, opening it goes to the thread's place and marks it read; the centre passes axe.
 */
@QuireIntegrationTest
class NotificationJourneyIT extends BrowserJourney {

    @Autowired
    CommentThreads threads;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @Test
    void theBellUpdatesLiveWhenAnotherPersonMentionsTheSignedInOne() {
        var page = signedIn("observer");
        try {
            page.navigate(baseUrl() + "/" + NotificationsView.PATH);
            Vaadin.waitUntilIdle(page);
            // the test application is shared: earlier tests may have left the observer unread ones
            if (page.locator("#mark-all-read").isEnabled()) {
                page.locator("#mark-all-read").click();
                Vaadin.waitUntilIdle(page);
            }
            page.navigate(baseUrl() + "/");
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#notification-bell")).hasAttribute("data-unread", "0");
            assertThat(page.locator("#notification-badge")).isHidden();

            SignedIn.as(people, signIn.issuer(), "member");
            var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                    new NewProposal("Live bell", List.of(1)));
            threads.startOnProposal(proposal.id(), "@MarcusLindqvist, could the panel read this first?");
            SignedIn.signOut();

            assertThat(page.locator("#notification-bell")).hasAttribute("data-unread", "1");
            assertThat(page.locator("#notification-badge")).hasText("1");
            assertThat(page.locator("#notification-count")).hasText("Notifications, 1 unread");
            screenshot(page, "notification-bell");

            page.locator("#notification-bell").click();
            page.waitForURL(Pattern.compile(".*/notifications$"));
            Vaadin.waitUntilIdle(page);
            var mention = page.locator(".notification.unread").first();
            assertThat(mention).containsText("Dr. Rafael Okafor mentioned you on " + proposal.number());
            org.assertj.core.api.Assertions.assertThat(Axe.seriousViolations(page)).as("notification centre").isEmpty();
            screenshot(page, "notification-centre");

            mention.locator(".open-notification").focus();
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/proposals/" + proposal.id().value() + "#thread-.*"));
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#notification-bell")).hasAttribute("data-unread", "0");
        } catch (RuntimeException | AssertionError failure) {
            screenshot(page, "notification-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private static void screenshot(Page page, String name) {
        if (!page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + ".png")));
        }
    }
}
