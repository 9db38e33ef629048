package org.quire.identity.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quire.identity.SessionLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute time-out: sign-in notes the time in the session, and the first request after the
 * limit finds the session ended. It runs before the security context is read from the session, so
 * that request is already anonymous: a page address goes to sign-in, and an open page's next
 * round trip finds its Vaadin session gone and reloads, which also lands on sign-in.
 */
class SessionLifetime extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    private final Duration limit;
    private final Clock clock;

    SessionLifetime(SessionLimits limits, Clock clock) {
        this.limit = limits.absoluteTimeout();
        this.clock = clock;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(limit))) {
            log.info("Ending a session signed in at {}: the absolute time-out is {}", signedInAt, limit);
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
