package org.quire.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.quire.identity.DemoAccount;
import org.quire.identity.ProviderAccessTokens;
import org.quire.identity.SignInSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The embedded OpenID Connect provider of demo mode (Spring Authorization Server inside Quire).
 * It refuses to start under the {@code prod} profile, and on a non-loopback address unless
 * {@code quire.identity.demo-on-network} says so.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoModeCondition.class)
class DemoProviderConfiguration {

    /** Fixed, so the seeded memberships keep matching whatever port Quire runs on. */
    static final String ISSUER = "https://demo-sign-in.quire.invalid";

    private static final Logger log = LoggerFactory.getLogger(DemoProviderConfiguration.class);

    DemoProviderConfiguration(Environment environment, IdentityProperties properties) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile needs an external OpenID Connect provider: "
                    + "set QUIRE_OIDC_ISSUER_URI, QUIRE_OIDC_CLIENT_ID and QUIRE_OIDC_CLIENT_SECRET.");
        }
        var address = environment.getProperty("server.address", "");
        if (!properties.demoOnNetwork() && !isLoopback(address)) {
            throw new IllegalStateException("Demo sign-in lets anyone sign in as any demo account, so Quire "
                    + "binds to loopback in demo mode; server.address is '" + address + "'. Configure an "
                    + "external provider (QUIRE_OIDC_ISSUER_URI), or set QUIRE_IDENTITY_DEMO_ON_NETWORK=true.");
        }
        log.warn("DEMO MODE: embedded sign-in with the demo accounts {} (password '{}'). "
                + "Configure QUIRE_OIDC_ISSUER_URI for real sign-in.",
                DemoAccount.ALL.stream().map(DemoAccount::username).toList(), DemoAccount.PASSWORD);
    }

    @Bean
    SignInSettings signInSettings() {
        return new SignInSettings(ISSUER, true);
    }

    @Bean
    DemoClient demoClient() {
        return new DemoClient(ISSUER);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().issuer(ISSUER).build();
    }

    @Bean
    UserDetailsService demoUsers() {
        // The demo password is public by design; hashing it would protect nothing.
        return new InMemoryUserDetailsManager(DemoAccount.ALL.stream()
                .map(account -> User.withUsername(account.username()).password("{noop}" + DemoAccount.PASSWORD)
                        .roles("DEMO").build())
                .toList());
    }

    /**
     * A fresh RSA key per start (demo tokens need not outlive the process). Generating it takes
     * about a second on a small machine, so it runs beside start-up instead of in its way.
     */
    @Bean
    JWKSource<SecurityContext> demoSigningKeys() {
        var keys = CompletableFuture.supplyAsync(DemoProviderConfiguration::generateSigningKeys);
        return (selector, context) -> selector.select(keys.join());
    }

    private static JWKSet generateSigningKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keyPair = generator.generateKeyPair();
            return new JWKSet(new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                    .privateKey((RSAPrivateKey) keyPair.getPrivate()).keyID(UUID.randomUUID().toString()).build());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    /** Access tokens of the demo provider, checked with its own keys (no request to itself). */
    @Bean
    ProviderAccessTokens providerAccessTokens(JWKSource<SecurityContext> demoSigningKeys) {
        return new ProviderTokenCheck(ISSUER, DemoClient.CLIENT_ID,
                () -> NimbusJwtDecoder.withJwkSource(demoSigningKeys).build());
    }

    /** Puts the demo person's name and e-mail into the ID token, as a real provider would. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoIdTokenClaims() {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            DemoAccount.ALL.stream().filter(a -> a.username().equals(context.getPrincipal().getName())).findFirst()
                    .ifPresent(account -> context.getClaims().claim("name", account.name())
                            .claim("preferred_username", account.username()).claim("email", account.email())
                            .claim("email_verified", true));
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain demoProviderEndpoints(HttpSecurity http, DemoClient demoClient) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.registeredClientRepository(demoClient).oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The provider's own sign-in form; exactly {@code /login}, so Quire's OAuth2 callback is not caught. */
    @Bean
    @Order(2)
    SecurityFilterChain demoProviderSignInForm(HttpSecurity http) throws Exception {
        http.securityMatcher("/login")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    private static boolean isLoopback(String address) {
        if (address.isBlank()) {
            return false; // Spring binds to every interface when no address is set
        }
        try {
            return Arrays.stream(InetAddress.getAllByName(address)).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
