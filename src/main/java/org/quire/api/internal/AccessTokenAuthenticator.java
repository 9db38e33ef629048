package org.quire.api.internal;

import java.time.Clock;
import java.time.Duration;

import org.quire.api.AccessTokenStatus;
import org.quire.api.AccessTokens;
import org.quire.audit.ClientAddress;
import org.quire.identity.PersonDirectory;
import org.quire.identity.TokenHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Lets a request in by the personal access token it bears: finds the token by the hash of the
 * secret, refuses an unknown, revoked or expired one, and records the use at most once a minute per
 * token, so a busy script does not write to the store on every request.
 *
 * <p>Deliberately not an {@code AuthenticationProvider} bean: Spring Security would make a lone such
 * bean the provider of every chain, the demo provider's sign-in form among them.
 */
@Component
public class AccessTokenAuthenticator {

    /** How stale a token's "last used" may be: uses within it after a recorded one are not written. */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    static final String NOT_VALID = "The access token is not valid. It may have been revoked or mistyped: "
            + "create a new one on your Access tokens page in Quire.";

    private static final Logger log = LoggerFactory.getLogger(AccessTokenAuthenticator.class);

    private final AccessTokenStore store;
    private final PersonDirectory people;
    private final Clock clock;

    AccessTokenAuthenticator(AccessTokenStore store, PersonDirectory people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    /**
     * @throws CredentialsExpiredException for a token past its last day
     * @throws BadCredentialsException for anything else that is not a live token (the message does
     *         not say whether such a token ever existed)
     */
    public BearerAuthentication authenticate(String secret) throws AuthenticationException {
        if (!AccessTokenSecrets.wellFormed(secret)) {
            throw new BadCredentialsException(NOT_VALID);
        }
        var stored = store.findByHash(AccessTokenSecrets.hash(secret))
                .orElseThrow(() -> new BadCredentialsException(NOT_VALID));
        var token = stored.toToken();
        var now = clock.instant();
        var status = token.status(now);
        if (status != AccessTokenStatus.ACTIVE) {
            log.info("Refused a request from {} bearing the {} access token {} of {}", ClientAddress.current(),
                    status.label().toLowerCase(java.util.Locale.ROOT), token.id(), stored.owner());
            if (status == AccessTokenStatus.EXPIRED) {
                throw new CredentialsExpiredException("The access token expired at the end of "
                        + AccessTokens.day(token.expiresOn()) + " (UTC). Create a new one on your Access tokens "
                        + "page in Quire.");
            }
            throw new BadCredentialsException(NOT_VALID);
        }
        var since = now.minus(USE_RECORDED_EVERY);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(since)) {
            store.recordUse(token.id(), now, ClientAddress.current(), since);
        }
        var owner = stored.owner();
        var person = people.find(owner);
        var holder = new TokenHolder(owner, person.map(p -> p.name()).orElse(owner.subject()),
                person.map(p -> p.email()).orElse(null));
        return new BearerAuthentication(holder, token);
    }
}
