package org.quire.identity.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.quire.identity.SessionLimits;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute time-out counts from sign-in, whatever happened since, and only ends signed-in sessions. */
class SessionLifetimeTest {

    private static final Instant SIGN_IN = Instant.parse("2026-03-02T08:00:00Z");
    private static final SessionLimits LIMITS = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    void aSessionEndsOnTheFirstRequestTwelveHoursAfterSignInAndThatRequestStillGoesOn() throws Exception {
        var session = signedInSession();

        var request = requestIn(session);
        var chain = new MockFilterChain();
        lifetimeAt(SIGN_IN.plus(Duration.ofHours(12))).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request continues, now anonymous").isSameAs(request);
    }

    @Test
    void aSessionJustUnderTheLimitIsKept() throws Exception {
        var session = signedInSession();

        lifetimeAt(SIGN_IN.plus(Duration.ofHours(12)).minusSeconds(1))
                .doFilter(requestIn(session), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionNobodySignedInToIsLeftAlone() throws Exception {
        var session = new MockHttpSession();

        lifetimeAt(SIGN_IN.plus(Duration.ofDays(30)))
                .doFilter(requestIn(session), new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
    }

    private static MockHttpSession signedInSession() {
        var request = new MockHttpServletRequest();
        lifetimeAt(SIGN_IN).onAuthentication(new TestingAuthenticationToken("member", "demo"), request,
                new MockHttpServletResponse());
        return (MockHttpSession) request.getSession();
    }

    private static MockHttpServletRequest requestIn(MockHttpSession session) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        return request;
    }

    private static SessionLifetime lifetimeAt(Instant now) {
        return new SessionLifetime(LIMITS, Clock.fixed(now, ZoneOffset.UTC));
    }
}
