package org.quire.comment.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.internal.DemoProposal;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The margin in Chromium: a member comments on the demo proposal as a whole, replies, resolves and
 * filters, while a second person's open page shows the new thread arrive without reloading; script
 * in a comment never runs, and the margin passes axe.
 */
@QuireIntegrationTest
class CommentMarginIT extends BrowserJourney {

    private static final String PAYLOADS = " <script>alert('script')</script> <img src=x onerror=\"alert('img')\">"
            + " [link](javascript:alert('link'))";

    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @Test
    void aMemberCommentsRepliesResolvesAndFiltersWhileAnotherReaderSeesTheThreadArrive() {
        var demo = demoProposal();
        var marker = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        var address = baseUrl() + "/proposals/" + demo.value();
        var member = signedIn("member");
        var other = signedIn("staff");
        var dialogs = new CopyOnWriteArrayList<String>();
        for (var page : new Page[] {member, other}) {
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
        }
        try {
            other.navigate(address);
            Vaadin.waitUntilIdle(other);
            member.navigate(address);
            Vaadin.waitUntilIdle(member);
            assertThat(member.getByRole(com.microsoft.playwright.options.AriaRole.REGION,
                    new Page.GetByRoleOptions().setName("Comments"))).isVisible();

            member.locator("#comment-on-proposal").click();
            var composer = member.locator("#thread-composer textarea");
            assertThat(composer).isVisible();
            // Before the hostile comment, whose <img> rightly has no alt text; the avatars of the other
            // reader (presence, not the margin) are left out.
            assertThat(Axe.seriousViolations(member)).filteredOn(v -> !v.contains("vaadin-avatar-group")).isEmpty();
            composer.fill(marker + ": is the **scope** right?" + PAYLOADS);
            composer.press("ControlOrMeta+Enter");
            var card = thread(member, marker);
            assertThat(card).containsText("Whole proposal");
            assertThat(card.locator("strong")).hasText("scope");
            assertThat(thread(other, marker)).containsText("Dr. Rafael Okafor");

            card.locator("vaadin-button.reply-thread").click();
            card.locator("textarea").fill("Answering myself: yes.");
            card.locator("vaadin-button.post-comment").click();
            assertThat(thread(member, marker).locator(".comment-entry")).hasCount(2);
            assertThat(thread(other, marker)).containsText("Answering myself: yes.");

            thread(member, marker).locator("vaadin-button.resolve-thread").click();
            assertThat(thread(member, marker)).hasCount(0);
            member.locator("#filter-resolved").click();
            assertThat(member.locator("#filter-resolved")).hasAttribute("aria-pressed", "true");
            assertThat(thread(member, marker)).containsText("Resolved");
            member.locator("#filter-open").click();
            assertThat(thread(member, marker).locator("vaadin-button.reopen-thread")).isVisible();
            screenshot(member, "comment-margin");

            // a notification's link opens the resolved thread although the page starts with open ones only
            var cardId = thread(member, marker).getAttribute("id");
            other.navigate(baseUrl() + "/");
            other.navigate(address + "#" + cardId);
            Vaadin.waitUntilIdle(other);
            assertThat(other.locator("#" + cardId)).hasClass(java.util.regex.Pattern.compile(".*thread-focused.*"));
            assertThat(other.locator("#" + cardId)).isInViewport();
        } catch (RuntimeException | AssertionError failure) {
            screenshot(member, "comment-margin-failure");
            screenshot(other, "comment-margin-other-failure");
            throw failure;
        } finally {
            member.context().close();
            other.context().close();
        }
        assertThat(dialogs).isEmpty();
    }

    private static Locator thread(Page page, String text) {
        return page.locator(".thread-card", new Page.LocatorOptions().setHasText(text));
    }

    private ProposalId demoProposal() {
        SignedIn.as(people, signIn.issuer(), "member");
        try {
            return proposals.list(workgroups.workgroup("telehealth").id()).stream()
                    .filter(p -> p.title().equals(DemoProposal.TITLE)).findFirst().orElseThrow().id();
        } finally {
            SignedIn.signOut();
        }
    }

    private static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + ".png")));
        }
    }
}
