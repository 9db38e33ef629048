package org.quire.api.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.api.AccessToken;
import org.quire.identity.TokenHolder;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request let in by a bearer token: its holder, and the personal access token it bore (never its
 * secret), or none for an access token from the sign-in provider (which is not kept either).
 */
public class BearerAuthentication extends AbstractAuthenticationToken {

    private final TokenHolder holder;
    private final @Nullable AccessToken personalToken;

    BearerAuthentication(TokenHolder holder, @Nullable AccessToken personalToken) {
        super(List.of());
        this.holder = holder;
        this.personalToken = personalToken;
        setAuthenticated(true);
    }

    @Override
    public TokenHolder getPrincipal() {
        return holder;
    }

    /** None kept: a token has done its work once checked. */
    @Override
    public Object getCredentials() {
        return "";
    }

    public Optional<AccessToken> personalToken() {
        return Optional.ofNullable(personalToken);
    }
}
