package org.quire.identity.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.quire.identity.ProviderAccessTokens;
import org.quire.identity.SignInSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Any OpenID Connect provider (Keycloak, Azure AD, Okta, Google), configured by environment alone.
 * Discovery runs at the first sign-in, not at start-up, so Quire starts while the provider is
 * still booting; a failed discovery is retried on the next sign-in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalProviderConfiguration.ExternalProviderCondition.class)
class ExternalProviderConfiguration {

    @Bean
    SignInSettings signInSettings(OidcProperties properties) {
        return new SignInSettings(requireIssuer(properties), false);
    }

    @Bean
    ClientRegistrationRepository externalClientRegistration(OidcProperties properties) {
        var issuer = requireIssuer(properties);
        return new LazyRegistration(() -> ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(SignInSettings.REGISTRATION_ID).clientId(properties.clientId())
                .clientSecret(properties.clientSecret()).scope(properties.scopes())
                .clientName("Quire").userNameAttributeName("sub")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build());
    }

    /** The provider's access tokens, checked with the keys its discovery document names. */
    @Bean
    ProviderAccessTokens providerAccessTokens(OidcProperties properties, ClientRegistrationRepository registrations) {
        return new ProviderTokenCheck(requireIssuer(properties), properties.clientId(), () -> {
            var discovered = Objects.requireNonNull(registrations.findByRegistrationId(SignInSettings.REGISTRATION_ID));
            return NimbusJwtDecoder.withJwkSetUri(discovered.getProviderDetails().getJwkSetUri()).build();
        });
    }

    private static String requireIssuer(OidcProperties properties) {
        var issuer = properties.issuerUri();
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("quire.oidc.issuer-uri is empty");
        }
        return issuer;
    }

    static final class ExternalProviderCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DemoModeCondition.isDemo(context.getEnvironment());
        }
    }

    private static final class LazyRegistration implements ClientRegistrationRepository {

        private final Supplier<ClientRegistration> discovery;
        private volatile @Nullable ClientRegistration registration;

        LazyRegistration(Supplier<ClientRegistration> discovery) {
            this.discovery = discovery;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            if (!SignInSettings.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            var known = registration;
            if (known == null) {
                synchronized (this) {
                    known = registration;
                    if (known == null) {
                        known = discovery.get();
                        registration = known;
                    }
                }
            }
            return known;
        }
    }
}
