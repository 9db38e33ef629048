package org.quire.api.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The filter chain of {@code /api/**}, ahead of the pages' chain (which ends in deny-all and sends
 * people to sign in): stateless, no session and no CSRF token (a bearer token is not sent by the
 * browser on its own, so there is nothing to forge), every request but the OpenAPI description
 * bearing a personal access token or an access token for Quire from the sign-in provider
 * ({@link ProviderTokenAuthenticator}). What the token's holder may do is decided by the services,
 * exactly as for a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";
    /** API answers are data or downloads, never pages: nothing in them may run or load anything. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Bean
    @Order(10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokenAuthenticator personalTokens,
            ProviderTokenAuthenticator providerTokens, ApiProblems problems) throws Exception {
        AuthenticationManager accessTokens = authentication -> {
            var token = ((BearerTokenAuthenticationToken) authentication).getToken();
            return looksLikeJwt(token) ? providerTokens.authenticate(token) : personalTokens.authenticate(token);
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPENAPI_PATH, OPENAPI_PATH + ".yaml").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(tokens -> tokens.authenticationManagerResolver(request -> accessTokens)
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** Three dot-separated parts: a JSON Web Token, which only the sign-in provider issues (Quire's have no dots). */
    private static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }
}
