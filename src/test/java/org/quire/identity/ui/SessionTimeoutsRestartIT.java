package org.quire.identity.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.browser.BrowserJourney;
import org.quire.browser.DemoSignIn;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle and absolute time-outs, in applications started with short ones (so this runs in the
 * JVM of the restart tests). Open pages keep sending heartbeats throughout: only interaction
 * counts as activity.
 */
class SessionTimeoutsRestartIT extends BrowserJourney {

    private static final Pattern SIGN_IN = Pattern.compile(".*/signin$");

    ConfigurableApplicationContext app;
    Page page;

    @AfterEach
    void stopEverything() {
        if (page != null) {
            page.context().close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anIdleSessionEndsAtSignInAndTheTypedTextIsOfferedBackAfterSigningInAgain() {
        start(Map.of("quire.session.idle-timeout", "30s"));
        var editor = aSectionEditorAddress();
        page = signedIn("member");
        page.navigate(baseUrl() + editor);
        Vaadin.waitUntilIdle(page);
        EditorKeys.append(page, "section-text", " Typed just before a long telephone call.");
        assertThat(page.locator("#autosave-status")).containsText("Draft kept on the server");
        var lastInteraction = Instant.now();

        // No interaction from here on; the page's heartbeats go on every 10 s.
        page.waitForURL(SIGN_IN, new Page.WaitForURLOptions().setTimeout(120_000));
        assertThat(Duration.between(lastInteraction, Instant.now())).as("not before the idle time-out")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30));

        DemoSignIn.signInAgain(page, "member", "demo");
        page.navigate(baseUrl() + editor);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#draft-offer")).containsText("You have unsaved text for this section");
        page.locator("#restore-draft").click();
        assertThat(EditorKeys.content(page, "section-text")).containsText("Typed just before a long telephone call.");
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeOutHoweverActiveThePersonIs() {
        start(Map.of("quire.session.absolute-timeout", "20s"));
        var beforeSignIn = Instant.now();
        page = signedIn("member");
        assertThat(page.locator("#your-role")).hasText("Your role: Member");

        var deadline = beforeSignIn.plusSeconds(90);
        while (!SIGN_IN.matcher(page.url()).matches() && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(3_000);
            page.navigate(baseUrl() + "/workgroups/telehealth");
            Vaadin.waitUntilIdle(page);
        }

        assertThat(page.url()).as("sent to sign-in").matches(SIGN_IN);
        assertThat(Duration.between(beforeSignIn, Instant.now())).as("not before the absolute time-out")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    private void start(Map<String, String> properties) {
        app = TestStore.startApplication(TestStore.freshDirectory(), properties);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private String aSectionEditorAddress() {
        SignedIn.as(app.getBean(PersonDirectory.class), app.getBean(SignInSettings.class).issuer(), "member");
        try {
            var proposal = app.getBean(ProposalService.class).create(
                    app.getBean(WorkgroupService.class).workgroup("telehealth").id(),
                    new NewProposal("Audio-only follow-up visits", List.of()));
            var section = proposal.currentSections().getFirst().id();
            return "/proposals/" + proposal.id().value() + "/sections/" + section.value() + "/edit";
        } finally {
            SignedIn.signOut();
        }
    }
}
