package org.quire.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.quire.identity.SignInSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gets tokens from the embedded demo provider as a script would from a real one: the
 * authorization-code flow with PKCE over HTTP (sign-in form, code, token endpoint), with Quire's
 * demo client. Nothing is made up: the provider issues and signs every token.
 */
final class DemoProviderTokens {

    /** What the token endpoint answered. */
    record Issued(String accessToken, String idToken) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final ClientRegistrationRepository clients;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    DemoProviderTokens(int port, ClientRegistrationRepository clients) {
        this.port = port;
        this.clients = clients;
    }

    Issued signIn(String username) throws IOException, InterruptedException {
        var client = clients.findByRegistrationId(SignInSettings.REGISTRATION_ID);
        assertThat(client).as("the demo client is registered once the server runs").isNotNull();
        var provider = "http://127.0.0.1:" + port;
        var redirect = "http://localhost:" + port + "/login/oauth2/code/" + SignInSettings.REGISTRATION_ID;
        var verifier = randomText();
        var authorize = provider + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id",
                client.getClientId(), "scope", "openid profile", "state", "api-test", "redirect_uri", redirect,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        var toSignIn = page(authorize);
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        var signInForm = page(location(toSignIn));
        var csrf = CSRF.matcher(signInForm.body());
        assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(provider + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", "demo",
                        "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.ofString());
        var back = page(location(signedIn));
        var code = location(back).replaceFirst(".*[?&]code=([^&]+).*", "$1");

        var secret = client.getClientId() + ":" + client.getClientSecret();
        var answer = http.send(HttpRequest.newBuilder(URI.create(provider + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        secret.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code",
                        URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", redirect,
                        "code_verifier", verifier)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode tokens = JsonMapper.builder().build().readTree(answer.body());
        return new Issued(tokens.path("access_token").asString(), tokens.path("id_token").asString());
    }

    private HttpResponse<String> page(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a redirect from " + response.uri()).isEqualTo(302);
        var target = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(target).toString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomText() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
