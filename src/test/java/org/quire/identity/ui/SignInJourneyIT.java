package org.quire.identity.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quire.QuireIntegrationTest;
import org.quire.audit.AuditTrail;
import org.quire.browser.Browser;
import org.quire.browser.DemoSignIn;
import org.quire.browser.Vaadin;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Real sign-ins through the embedded OpenID Connect provider, in headless Chromium. */
@QuireIntegrationTest
class SignInJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    SignInSettings signIn;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void anAnonymousVisitIsSentToTheSignInPageWhichListsTheDemoAccounts() {
        var page = browser.newPage();
        page.navigate(baseUrl() + "/workgroups/telehealth");
        page.waitForURL(Pattern.compile(".*/signin$"));
        Vaadin.waitUntilIdle(page);
        var accounts = page.locator(".demo-account-table");
        for (var username : new String[] {"staff", "member", "commenter", "observer", "visitor"}) {
            assertThat(accounts).containsText(username);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/sign-in.png")));
    }

    @ParameterizedTest(name = "{0} lands on the workgroup home as {1}")
    @CsvSource({"staff, Staff", "member, Member", "commenter, Commenter", "observer, Observer"})
    void eachDemoAccountSignsInAndSeesTheWorkgroupHomeWithItsRole(String username, String role) {
        var page = browser.newPage();
        DemoSignIn.signIn(page, baseUrl(), username, "demo");

        assertThat(page).hasURL(Pattern.compile(".*/workgroups/telehealth$"));
        assertThat(page.locator("h1")).hasText("Telehealth Services Workgroup");
        assertThat(page.locator("#your-role")).hasText("Your role: " + role);
        assertThat(page.locator(".charge > li")).hasCount(4);
        assertThat(page.locator(".charge strong").first()).hasText("Remote delivery of in-person services.");
        assertThat(page.locator("#members")).containsText("Dana Whitfield");
        assertThat(page.locator("#members")).containsText("Academy of Remote Cardiac Monitoring");
        assertThat(page.locator("#signed-in-person")).containsText(role + ", Telehealth Services Workgroup");
        assertThat(page.locator(".demo-banner")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/workgroup-home-" + username + ".png")));

        var signedIn = audit.ofActor(new PersonKey(signIn.issuer(), username), 20);
        assertThat(signedIn).extracting(e -> e.action()).contains("identity.signed-in");
    }

    @Test
    void aPersonWithoutARoleSeesTheNoMembershipPage() {
        var page = browser.newPage();
        DemoSignIn.signIn(page, baseUrl(), "visitor", "demo");

        assertThat(page.locator("#no-membership h1")).hasText("You are not part of a workgroup yet");
        assertThat(page.locator("#no-membership")).containsText("Jo Byrne");
        assertThat(page.locator("#signed-in-person")).containsText("No workgroup role");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/no-membership.png")));

        page.navigate(baseUrl() + "/workgroups/telehealth");
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("h1")).hasText("Not available to you");
    }

    @Test
    void aWrongPasswordIsRefusedByTheProvider() {
        var page = browser.newPage();
        page.navigate(baseUrl() + "/signin");
        Vaadin.waitUntilIdle(page);
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.locator("input[name=username]").fill("member");
        page.locator("input[name=password]").fill("not-the-password");
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("body")).containsText("Invalid credentials");
    }

    @Test
    void signingOutReturnsToTheSignInPageAndProtectedPagesAreRefusedAfterwards() throws Exception {
        var page = browser.newPage();
        DemoSignIn.signIn(page, baseUrl(), "member", "demo");
        assertThat(page.locator("#your-role")).hasText("Your role: Member");

        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile("http://localhost:\\d+/signin$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#sign-in")).isVisible();

        page.navigate(baseUrl() + "/workgroups/telehealth");
        page.waitForURL(Pattern.compile(".*/signin$"));

        // The provider's session ended too: signing in again asks for the password.
        page.locator("#sign-in").click();
        page.waitForURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/login.*"));

        // And without a browser, a protected address answers with a redirect to sign-in, never the page.
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/workgroups/telehealth")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signin"));
    }
}
