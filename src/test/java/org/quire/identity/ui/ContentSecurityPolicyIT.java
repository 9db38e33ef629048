package org.quire.identity.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.CspViolations;
import org.quire.browser.DemoSignIn;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy does not get in Vaadin's way: signing in, the workgroup home, a
 * proposal with an externally hosted figure, and the section editor (its CodeMirror bundle, typing,
 * autosave, and Push over a WebSocket) run with nothing blocked.
 */
@QuireIntegrationTest
class ContentSecurityPolicyIT extends BrowserJourney {

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Page page;

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void theMainPagesAndTheEditorRunWithoutAViolation() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote interpretation of sleep studies", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "Home sleep testing, reviewed remotely.\n\n"
                + "![Study set-up](https://figures.example.org/sleep-study.png)", "");
        SignedIn.signOut();

        page = browser.newPage();
        var violations = CspViolations.watch(page);
        var webSockets = new CopyOnWriteArrayList<String>();
        page.onWebSocket(socket -> webSockets.add(socket.url()));

        DemoSignIn.signIn(page, baseUrl(), "member", "demo");
        assertThat(page.locator("#your-role")).hasText("Your role: Member");
        assertThat(violations.reported()).as("sign-in and the workgroup home").isEmpty();

        open("/proposals/" + proposal.id().value());
        assertThat(page.locator("#proposal-title")).containsText("Remote interpretation of sleep studies");
        assertThat(page.locator("img[src='https://figures.example.org/sleep-study.png']")).hasCount(1);
        assertThat(violations.reported()).as("the proposal").isEmpty();

        open("/proposals/" + proposal.id().value() + "/sections/" + intro.value() + "/edit");
        EditorKeys.append(page, "section-text", " Typed under the policy.");
        assertThat(page.locator("#autosave-status")).containsText("Draft kept on the server");
        assertThat(violations.reported()).as("the section editor").isEmpty();
        assertThat(webSockets).as("Push connected over a WebSocket")
                .anySatisfy(url -> assertThat(url).startsWith("ws://localhost:" + port + "/").contains("v-r=push"));
    }

    private void open(String path) {
        page.navigate(baseUrl() + path);
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(path) + "$"));
        Vaadin.waitUntilIdle(page);
    }
}
