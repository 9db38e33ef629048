package org.quire.identity.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.TestStore;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy, with the transport settings of the {@code prod} profile (read from
 * application-prod.yml; the rest of that profile needs an external provider): HSTS and the Secure
 * cookie flag appear when the proxy says the request came over https, and HSTS only then.
 */
class ForwardedTlsRestartIT {

    private static ConfigurableApplicationContext app;
    private static int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startWithTheProductionTransportSettings() {
        app = TestStore.startApplication(TestStore.freshDirectory(), productionTransportSettings());
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void hstsAndSecureCookiesOnlyWhenTheProxyReportsHttps() throws Exception {
        var overTls = get("https");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        assertThat(overTls.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));

        assertThat(get("http").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String forwardedProto) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
                .header("X-Forwarded-Proto", forwardedProto).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> productionTransportSettings() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yml"));
        var settings = new HashMap<String, String>();
        yaml.getObject().forEach((key, value) -> {
            if (key.toString().startsWith("server.servlet.") || key.equals("server.forward-headers-strategy")) {
                settings.put(key.toString(), value.toString());
            }
        });
        assertThat(settings).containsKeys("server.forward-headers-strategy", "server.servlet.session.cookie.secure");
        return settings;
    }
}
