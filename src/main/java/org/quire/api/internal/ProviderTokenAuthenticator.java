package org.quire.api.internal;

import org.quire.audit.ClientAddress;
import org.quire.identity.PersonDirectory;
import org.quire.identity.ProviderAccessTokens;
import org.quire.identity.TokenHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Lets a request in by an access token from the sign-in provider: the provider's check says whom
 * it was issued to, and that person must be known to Quire (signed in at least once), so that a
 * token never acts for someone Quire has no name, organization or roles for.
 */
@Component
class ProviderTokenAuthenticator {

    static final String UNKNOWN_PERSON = "Quire does not know the person this token was issued to yet: sign in to "
            + "Quire once with that account, then call the API again.";

    private static final Logger log = LoggerFactory.getLogger(ProviderTokenAuthenticator.class);

    private final ProviderAccessTokens tokens;
    private final PersonDirectory people;

    ProviderTokenAuthenticator(ProviderAccessTokens tokens, PersonDirectory people) {
        this.tokens = tokens;
        this.people = people;
    }

    BearerAuthentication authenticate(String token) throws AuthenticationException {
        var key = tokens.holderOf(token);
        var person = people.find(key).orElseThrow(() -> {
            log.info("Refused a request from {} bearing a provider token of {}, who never signed in",
                    ClientAddress.current(), key);
            return new BadCredentialsException(UNKNOWN_PERSON);
        });
        return new BearerAuthentication(new TokenHolder(key, person.name(), person.email()), null);
    }
}
