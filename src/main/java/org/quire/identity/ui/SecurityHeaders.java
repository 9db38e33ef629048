package org.quire.identity.ui;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of Quire's pages. Spring Security's defaults stay (nosniff, no caching of
 * pages, {@code X-Frame-Options: DENY}, and HSTS on secure requests only, which behind a TLS proxy
 * means forwarded-proto https); this adds a Content-Security-Policy and a Referrer-Policy.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs and nothing more. Its bootstrap page starts the client engine with an
     * inline script, and the engine builds functions from the expressions the server sends
     * ({@code executeJs}, event data), hence 'unsafe-inline' and 'unsafe-eval' for scripts; Lumo
     * and CodeMirror write style elements, hence 'unsafe-inline' for styles; data: fonts and
     * images are Lumo's icons. Push uses a WebSocket to the page's own host, which 'self' covers.
     * Images may come from any https address because Markdown may show figures hosted elsewhere
     * (DD008); nothing else loads from other origins.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin's pages are served through a forward, which bypasses the wrapper that
                    // writes headers at commit time: write them before the request is handled.
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
