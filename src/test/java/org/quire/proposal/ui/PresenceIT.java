package org.quire.proposal.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.DemoSignIn;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A reader sees who is editing which section, sees a save appear without reloading, and sees the
 * editor go when their tab closes.
 */
@QuireIntegrationTest
class PresenceIT extends BrowserJourney {

    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @Test
    void avatarsComeAndGoAndSavesShowUpInTheReaderAtOnce() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote therapeutic monitoring", List.of()));
        var rationale = proposal.currentSections().get(1);
        SignedIn.signOut();
        var base = baseUrl() + "/";

        var reader = browser.newPage();
        var writer = browser.newPage();
        try {
            DemoSignIn.signIn(reader, baseUrl(), "observer", "demo");
            reader.navigate(base + ProposalRoutes.proposal(proposal.id()));
            Vaadin.waitUntilIdle(reader);
            assertThat(reader.locator("#presence")).hasAttribute("data-count", "0");

            DemoSignIn.signIn(writer, baseUrl(), "member", "demo");
            writer.navigate(base + ProposalRoutes.edit(proposal.id(), rationale.id()));
            writer.waitForURL(Pattern.compile(".*/edit$"));
            Vaadin.waitUntilIdle(writer);

            assertThat(reader.locator("#presence")).hasAttribute("data-count", "1");
            assertThat(reader.locator("#presence")).containsText("editing Rationale");
            assertThat(reader.locator(".proposal-section").nth(1).locator(".section-editors")).containsText("editing now");
            assertThat(writer.locator("#presence")).containsText("reading");

            EditorKeys.replaceText(writer, "section-text", "Remote monitoring needs its own codes.");
            writer.locator("#save-section").click();
            assertThat(reader.locator(".proposal-section").nth(1)).containsText("needs its own codes");
            CollaborativeEditingIT.screenshot(reader, "reader-live");

            writer.close(new Page.CloseOptions().setRunBeforeUnload(true));
            assertThat(reader.locator("#presence")).hasAttribute("data-count", "0",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(reader.locator(".proposal-section").nth(1).locator(".section-editors")).isHidden();
        } catch (RuntimeException | AssertionError failure) {
            CollaborativeEditingIT.screenshot(reader, "presence-failure");
            throw failure;
        } finally {
            reader.context().close();
            writer.context().close();
        }
    }
}
