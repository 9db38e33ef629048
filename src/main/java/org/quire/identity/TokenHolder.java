package org.quire.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * The principal of a request authenticated by a bearer token (one of the person's own personal
 * access tokens, or an access token from the sign-in provider) rather than an OpenID Connect
 * sign-in: who the token acts for, as Quire last heard of them from
 * their provider. {@link CurrentPerson} reads it like a sign-in, so the person acts with exactly
 * their roles. Administrator status comes from the key alone, never from an e-mail nobody verified
 * on this request.
 */
public record TokenHolder(PersonKey key, String name, @Nullable String email) implements Principal, Serializable {

    public TokenHolder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return key.toString();
    }
}
