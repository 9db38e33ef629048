package org.quire.identity;

import java.util.List;

/**
 * How people sign in to this running Quire.
 *
 * @param issuer the OpenID Connect issuer whose subjects key Quire's people and memberships
 * @param demo true when the embedded demo provider serves the {@link DemoAccount}s
 */
public record SignInSettings(String issuer, boolean demo) {

    /** Quire's registration at its provider, in the OAuth2 callback path too. */
    public static final String REGISTRATION_ID = "quire";

    /** Where a browser starts the authorization-code flow. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    public List<DemoAccount> demoAccounts() {
        return demo ? DemoAccount.ALL : List.of();
    }
}
