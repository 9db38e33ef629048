package org.quire.identity.internal;

import java.time.Clock;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonSignedIn;
import org.quire.shared.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Keeps the person directory up to date at each sign-in and audits sign-ins and failed attempts.
 */
@Component
class SignInRecorder {

    /** Failed attempts name who tried, not who they are: there is no verified identity yet. */
    private static final String UNVERIFIED_ISSUER = "urn:quire:unverified";

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final PersonStore people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInRecorder(PersonStore people, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof OidcUser user)) {
            return; // the demo provider's own form login; the OIDC sign-in follows
        }
        var key = CurrentPerson.keyOf(user);
        var now = clock.instant();
        people.signedIn(key, CurrentPerson.displayName(user), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), now);
        audit.record(AuditEntry.of(key, "identity.signed-in", null, "person", key.toString()));
        events.publishEvent(new PersonSignedIn(key, now));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var attempted = event.getAuthentication() instanceof OAuth2LoginAuthenticationToken
                ? "oidc-callback" : String.valueOf(event.getAuthentication().getName());
        log.warn("Sign-in failed for {}: {}", attempted, event.getException().getMessage());
        var who = new PersonKey(UNVERIFIED_ISSUER, attempted.isBlank() ? "unknown" : attempted);
        audit.record(AuditEntry.of(who, "identity.sign-in-failed", null, "person", who.subject())
                .withChange(null, event.getException().getClass().getSimpleName()));
    }
}
