package org.quire.identity.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quire.QuireIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without signing in, only static resources, health and the sign-in page answer. */
@QuireIntegrationTest
class SecurityConfigurationIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/styles/quire.css", "/signin"})
    void publicAddressesAnswerWithoutSignIn(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/workgroups/telehealth", "/workgroups/unknown", "/anything-else"})
    void everythingElseSendsAnAnonymousVisitorToSignIn(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).as(path)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/signin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/metrics"})
    void onlyTheHealthEndpointOfTheActuatorIsServed(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
