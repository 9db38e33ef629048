package org.quire.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quire.identity.SignInSettings;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * Both sides of the demo sign-in: the client registered at the embedded provider and Quire's
 * registration as its client. The provider matches redirect URIs exactly, so both are made once
 * the web server has started and its port is known. The app is addressed as {@code localhost}
 * and the provider as {@code 127.0.0.1}, which gives each its own session cookie.
 */
class DemoClient implements RegisteredClientRepository, ClientRegistrationRepository {

    static final String CLIENT_ID = "quire-demo";

    private final String issuer;
    private final String secret = randomSecret();
    private volatile @Nullable RegisteredClient registeredClient;
    private volatile @Nullable ClientRegistration clientRegistration;

    DemoClient(String issuer) {
        this.issuer = issuer;
    }

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a separate management server, not the one people use
        }
        register(event.getWebServer().getPort());
    }

    void register(int port) {
        var app = "http://localhost:" + port;
        var provider = "http://127.0.0.1:" + port;
        registeredClient = RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID)
                .clientSecret("{noop}" + secret) // generated at each start, never leaves the process
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(app + "/login/oauth2/code/" + SignInSettings.REGISTRATION_ID)
                .postLogoutRedirectUri(app + "/signin")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
        clientRegistration = ClientRegistration.withRegistrationId(SignInSettings.REGISTRATION_ID).clientId(CLIENT_ID)
                .clientSecret(secret).clientName("Quire demo sign-in")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .authorizationUri(provider + "/oauth2/authorize").tokenUri(provider + "/oauth2/token")
                .jwkSetUri(provider + "/oauth2/jwks").issuerUri(issuer).userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", provider + "/connect/logout"))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        var registration = clientRegistration;
        return registration != null && registration.getRegistrationId().equals(registrationId) ? registration : null;
    }

    /** The provider saves the client back when it re-encodes the secret; it stays the one client. */
    @Override
    public void save(RegisteredClient client) {
        if (!CLIENT_ID.equals(client.getClientId())) {
            throw new IllegalArgumentException("The demo provider has exactly one client.");
        }
        registeredClient = client;
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        var client = registeredClient;
        return client != null && client.getId().equals(id) ? client : null;
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        var client = registeredClient;
        return client != null && client.getClientId().equals(clientId) ? client : null;
    }

    private static String randomSecret() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
