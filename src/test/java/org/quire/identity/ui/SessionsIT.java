package org.quire.identity.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.browser.BrowserJourney;
import org.quire.browser.DemoSignIn;
import org.quire.browser.Vaadin;
import org.quire.identity.SignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in's session from start to end: a new session id at sign-in, and the provider ending it
 * over the back channel with a logout token signed by the demo provider's own key, as a provider
 * that sends back-channel logout does (Spring Authorization Server itself does not send them).
 */
@QuireIntegrationTest
class SessionsIT extends BrowserJourney {

    private static final String BACK_CHANNEL = "/logout/connect/back-channel/" + SignInSettings.REGISTRATION_ID;

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SignInSettings signIn;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    JWKSource<SecurityContext> providerKeys;

    Page page;

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void signingInGivesANewSessionIdAndTheOneFromBeforeSignInOpensNothing() throws Exception {
        page = browser.newPage();
        page.navigate(baseUrl() + "/");
        page.waitForURL(Pattern.compile(".*/signin$"));
        Vaadin.waitUntilIdle(page);
        var beforeSignIn = sessionId(page);

        DemoSignIn.signIn(page, baseUrl(), "commenter", "demo");
        assertThat(page.locator("#your-role")).hasText("Your role: Commenter");
        var afterSignIn = sessionId(page);

        assertThat(afterSignIn).isNotEqualTo(beforeSignIn);
        assertThat(get("/workgroups/telehealth", beforeSignIn).statusCode())
                .as("the session id someone could have planted before sign-in").isEqualTo(302);
        assertThat(get("/workgroups/telehealth", afterSignIn).statusCode()).isEqualTo(200);
    }

    @Test
    void theProviderEndsAPersonsSessionsOverTheBackChannelAndTheOpenPageGoesToSignIn() throws Exception {
        page = signedIn("observer");
        assertThat(page.locator("#your-role")).hasText("Your role: Observer");
        var session = sessionId(page);
        assertThat(get("/workgroups/telehealth", session).statusCode()).isEqualTo(200);

        var response = postLogoutToken(logoutToken("observer"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(get("/workgroups/telehealth", session).statusCode()).as("the ended session").isEqualTo(302);
        // The open page's next heartbeat (every 10 s) finds its session gone and reloads.
        page.waitForURL(Pattern.compile(".*/signin$"), new Page.WaitForURLOptions().setTimeout(35_000));
    }

    @Test
    void theBackChannelNeedsNoCsrfTokenButRefusesATokenItCannotVerify() throws Exception {
        var unsigned = postLogoutToken("not-a-token");
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("invalid_request").doesNotContain("Exception", "\tat ");

        var otherKey = new RSAKeyGenerator(2048).keyID("not-the-provider").generate();
        var forged = postLogoutToken(sign(claims("observer"), otherKey));
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    private String logoutToken(String subject) throws Exception {
        var keys = providerKeys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).build()), null);
        return sign(claims(subject), (RSAKey) keys.getFirst());
    }

    private JWTClaimsSet claims(String subject) {
        var clientId = registrations.findByRegistrationId(SignInSettings.REGISTRATION_ID).getClientId();
        return new JWTClaimsSet.Builder().issuer(signIn.issuer()).subject(subject).audience(clientId)
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(120)))
                .jwtID(UUID.randomUUID().toString())
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("logout+jwt")).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> postLogoutToken(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + BACK_CHANNEL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", "JSESSIONID=" + sessionId)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(Page page) {
        return page.context().cookies("http://localhost").stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
