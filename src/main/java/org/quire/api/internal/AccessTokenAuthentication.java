package org.quire.api.internal;

import java.util.List;

import org.quire.api.AccessToken;
import org.quire.identity.TokenHolder;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request let in by a personal access token: its holder, and the token (never its secret). */
public class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final TokenHolder holder;
    private final AccessToken token;

    AccessTokenAuthentication(TokenHolder holder, AccessToken token) {
        super(List.of());
        this.holder = holder;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public TokenHolder getPrincipal() {
        return holder;
    }

    /** None kept: the secret has done its work once the token is found. */
    @Override
    public Object getCredentials() {
        return "";
    }

    public AccessToken token() {
        return token;
    }
}
