package org.quire.identity.ui;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.quire.identity.SessionLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The application's filter chain: static resources and health are public, everything else needs
 * an OpenID Connect sign-in. Views only require a signed-in person; what a person may do is
 * decided per workgroup by the services (roles are not session-wide).
 *
 * <p>Sessions: a new session id at sign-in (fixation protection), idle and absolute time-outs
 * ({@link IdleSessions}, {@link SessionLifetime}), sign-out at the provider too (Vaadin's
 * configurer installs the OpenID Connect RP-initiated logout with {@code /signin} as the
 * post-logout address), and back-channel logout, so the provider can end a person's sessions.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain quireFilterChain(HttpSecurity http, SessionLimits limits, Clock clock) throws Exception {
        // Vaadin's configurer ends with anyRequest().denyAll(): public paths must come first.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/js/**",
                        "/favicon.ico")
                .permitAll()
                // the plain error pages (no internals) for whatever failed, signed in or not
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        var lifetime = new SessionLifetime(limits, clock);
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(lifetime));
        http.addFilterBefore(lifetime, SecurityContextHolderFilter.class);
        // POST /logout/connect/back-channel/quire with the provider's signed logout token; the
        // filter sits before CSRF protection, as the provider has no CSRF token.
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        SecurityHeaders.configure(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage("/signin", "{baseUrl}/signin"));
        return http.build();
    }

    /** Tells the back-channel session registry when sessions end or change their id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
