package org.quire.identity.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.QuireIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every response tells the browser: the Content-Security-Policy, no framing, a same-origin
 * referrer, no content sniffing, HSTS only over TLS, and a session cookie scripts cannot read that
 * stays on same-site requests. Vaadin's pages too, which are served through a forward.
 */
@QuireIntegrationTest
class SecurityHeadersIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/signin", "/styles/quire.css", "/workgroups/telehealth"})
    void everyResponseCarriesThePolicyHeaders(String path) throws Exception {
        var headers = get(path).headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'",
                        "img-src 'self' data: https:"));
        assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over plain http").isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNeverPutIntoAddresses() throws Exception {
        var signIn = get("/signin");
        assertThat(signIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));

        var redirect = get("/workgroups/telehealth");
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/signin").doesNotContain("jsessionid"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
