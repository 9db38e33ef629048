package org.quire;

import java.util.List;

import org.quire.identity.PersonDirectory;
import org.quire.shared.PersonKey;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Leaves the security context as an OpenID Connect sign-in does, for service-level integration
 * tests (the browser journeys sign in for real).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static PersonKey as(PersonDirectory people, String issuer, String subject) {
        var key = new PersonKey(issuer, subject);
        people.introduce(key, subject, null, null);
        var user = new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("test").issuer(issuer).subject(subject)
                .claim("name", subject).build());
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, List.of(), "quire"));
        return key;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
