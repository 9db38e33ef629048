package org.quire.identity;

import org.quire.shared.PersonKey;

/**
 * Access tokens that Quire's OpenID Connect provider issued for Quire: the other way into the API,
 * beside personal access tokens, for organisations whose scripts already get tokens from the
 * provider. A token counts only when the provider signed it, it is not expired, its issuer is the
 * provider people sign in with, its audience names Quire's client, and it is an access token (it
 * carries the scopes granted), not an ID token.
 */
public interface ProviderAccessTokens {

    /**
     * The person the provider issued {@code token} to.
     *
     * @throws org.springframework.security.authentication.CredentialsExpiredException when it expired
     * @throws org.springframework.security.authentication.BadCredentialsException when it is not a
     *         valid access token for Quire from the provider, or cannot be checked now
     */
    PersonKey holderOf(String token);
}
