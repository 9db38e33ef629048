package org.quire.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.identity.SignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API called with access tokens from the sign-in provider (here the embedded demo provider,
 * reached over HTTP with the authorization-code flow) instead of personal access tokens: the
 * holder acts with their own roles; an ID token, an expired token, one for another application,
 * from another issuer, with a broken signature or for someone who never signed in are refused.
 */
@QuireIntegrationTest
class ProviderTokensIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ClientRegistrationRepository clients;
    @Autowired
    JWKSource<SecurityContext> providerKeys;
    @Autowired
    SignInSettings signIn;

    @Test
    void aMemberCallsTheApiWithTheAccessTokenTheProviderIssued() throws Exception {
        var issued = new DemoProviderTokens(port, clients).signIn("member");

        var me = get("/api/v1/me", issued.accessToken());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        var person = json.readTree(me.body());
        assertThat(person.path("subject").asString()).isEqualTo("member");
        assertThat(person.path("issuer").asString()).isEqualTo(signIn.issuer());
        assertThat(person.path("name").asString()).isEqualTo("Dr. Rafael Okafor");
        assertThat(person.path("token").isMissingNode() || person.path("token").isNull()).isTrue();

        var workgroups = get("/api/v1/workgroups", issued.accessToken());
        assertThat(workgroups.statusCode()).isEqualTo(200);
        assertThat(workgroups.body()).contains("\"telehealth\"");
        assertThat(get("/api/v1/workgroups/telehealth/package", issued.accessToken()).statusCode())
                .as("with the member's own roles: the package is STAFF's").isEqualTo(403);
    }

    @Test
    void theIdTokenOfTheSameSignInIsNotAnAccessToken() throws Exception {
        var issued = new DemoProviderTokens(port, clients).signIn("member");

        assertRefused(get("/api/v1/me", issued.idToken()), "not an access token");
    }

    @Test
    void aTokenWithABrokenSignatureIsRefused() throws Exception {
        var token = signed(claims -> claims);
        var broken = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(get("/api/v1/me", token).statusCode()).as("the unbroken one gets in").isEqualTo(200);
        assertRefused(get("/api/v1/me", broken), "neither a Quire personal access token nor a valid access token");
    }

    @Test
    void anExpiredTokenIsRefusedSayingSo() throws Exception {
        var expired = signed(claims -> claims.issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))));

        var response = get("/api/v1/me", expired);
        assertRefused(response, "has expired");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"invalid_token\"").contains("expired"));
    }

    @Test
    void aTokenForAnotherApplicationOrFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(get("/api/v1/me", signed(claims -> claims.audience(List.of("another-app")))),
                "issued for another application");
        assertRefused(get("/api/v1/me", signed(claims -> claims.issuer("https://elsewhere.example"))),
                "neither a Quire personal access token nor a valid access token");
    }

    @Test
    void aTokenForSomeoneWhoNeverSignedInIsRefused() throws Exception {
        assertRefused(get("/api/v1/me", signed(claims -> claims.subject("never-signed-in"))),
                "does not know the person this token was issued to");
    }

    /** A token as the demo provider signs its access tokens for the member, changed by {@code change}. */
    private String signed(UnaryOperator<JwtClaimsSet.Builder> change) {
        var now = Instant.now();
        var claims = JwtClaimsSet.builder().issuer(signIn.issuer()).subject("member")
                .audience(List.of(clients.findByRegistrationId(SignInSettings.REGISTRATION_ID).getClientId()))
                .issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("scope", List.of("openid"));
        return new NimbusJwtEncoder(providerKeys).encode(JwtEncoderParameters.from(change.apply(claims).build()))
                .getTokenValue();
    }

    private void assertRefused(HttpResponse<String> response, String saying) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("detail").asString()).contains(saying);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
