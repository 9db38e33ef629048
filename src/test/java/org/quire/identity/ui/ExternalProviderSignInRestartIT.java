package org.quire.identity.ui;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.browser.Browser;
import org.quire.browser.Vaadin;
import org.quire.identity.SignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external-provider path: Quire configured by properties alone against an OpenID Connect
 * provider started in the test (mock-oauth2-server on loopback), signed in through in Chromium.
 * An application with properties of its own, so it runs in the JVM of the restart tests: started
 * after the shared test application in one JVM, it broke that application's demo sign-in.
 */
@QuireIntegrationTest
class ExternalProviderSignInRestartIT {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SignInSettings signIn;

    @DynamicPropertySource
    static void pointQuireAtTheProvider(DynamicPropertyRegistry registry) {
        startProvider();
        registry.add("quire.oidc.issuer-uri", () -> PROVIDER.issuerUrl("quire").toString());
        registry.add("quire.oidc.client-id", () -> "quire");
        registry.add("quire.oidc.client-secret", () -> "a-secret-known-to-the-test");
    }

    private static synchronized void startProvider() {
        try {
            PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IllegalStateException | IllegalArgumentException alreadyStarted) {
            // DynamicPropertySource may be evaluated more than once per context
        }
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopEverything() {
        browser.close();
        PROVIDER.shutdown();
    }

    private static RecordedRequest authorizationRequest() {
        for (int i = 0; i < 20; i++) {
            var request = PROVIDER.takeRequest(1, TimeUnit.SECONDS);
            if (request != null && request.getRequestUrl().encodedPath().endsWith("/authorize")) {
                return request;
            }
        }
        throw new AssertionError("the provider received no authorization request");
    }

    @Test
    void aMemberSignsInThroughTheExternalProviderAndSeesTheWorkgroupHome() {
        assertThat(signIn.demo()).isFalse();
        assertThat(signIn.issuer()).isEqualTo(PROVIDER.issuerUrl("quire").toString());
        var page = signInAsTheMember();
        assertThat(page.locator("#your-role")).hasText("Your role: Member");
        assertThat(page.locator("#signed-in-person")).containsText("Dr. Rafael Okafor");
        assertThat(page.locator(".demo-banner")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/external-sign-in.png")));

        assertThat(authorizationRequest().getRequestUrl().queryParameter("code_challenge_method"))
                .as("the authorization-code flow uses PKCE").isEqualTo("S256");
    }

    @Test
    void theApiTakesTheProvidersAccessTokensIssuedForQuireToPeopleItKnows() throws Exception {
        var stranger = PROVIDER.issueToken("quire", "never-signed-in", new DefaultOAuth2TokenCallback("quire",
                "never-signed-in", "JWT", List.of("quire"), Map.of("scope", "openid"))).serialize();
        var refused = api(stranger);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("does not know the person this token was issued to");

        signInAsTheMember().context().close();
        var member = PROVIDER.issueToken("quire", "member", new DefaultOAuth2TokenCallback("quire", "member", "JWT",
                List.of("quire"), Map.of("scope", "openid profile"))).serialize();
        var me = api(member);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"subject\":\"member\"", "\"issuer\":\"" + signIn.issuer() + "\"");

        var forAnotherApp = PROVIDER.issueToken("quire", "member", new DefaultOAuth2TokenCallback("quire", "member",
                "JWT", List.of("another-app"), Map.of("scope", "openid"))).serialize();
        assertThat(api(forAnotherApp).body()).contains("issued for another application");
    }

    /** Signs in through the provider in a browser page of its own; the provider answers as the member. */
    private Page signInAsTheMember() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("quire", "member", "JWT", List.of("quire"),
                Map.of("name", "Dr. Rafael Okafor", "email", "rafael.okafor@example.org", "email_verified", true)));

        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL(Pattern.compile(".*/signin$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator(".demo-account-table")).hasCount(0);
        page.locator("#sign-in").click();

        page.waitForURL(Pattern.compile("http://localhost:" + port + "/workgroups/telehealth"));
        Vaadin.waitUntilIdle(page);
        return page;
    }

    private HttpResponse<String> api(String bearer) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/me")).header("Authorization", "Bearer " + bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
