package org.quire.identity.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application's filter chain: static resources and health are public, everything else needs
 * an OpenID Connect sign-in. Views only require a signed-in person; what a person may do is
 * decided per workgroup by the services (roles are not session-wide).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain quireFilterChain(HttpSecurity http) throws Exception {
        // Vaadin's configurer ends with anyRequest().denyAll(): public paths must come first.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/js/**",
                        "/favicon.ico")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage("/signin", "{baseUrl}/signin"));
        return http.build();
    }
}
