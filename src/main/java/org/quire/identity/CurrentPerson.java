package org.quire.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.identity.internal.Administrators;
import org.quire.identity.internal.PersonStore;
import org.quire.shared.PersonKey;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, read from the security context on every call (never
 * cached in a view), so services always act for whoever is signed in now: an OpenID Connect
 * sign-in, or a {@link TokenHolder} calling the API with a personal access token.
 */
@Component
public class CurrentPerson {

    private final PersonStore store;
    private final Administrators administrators;

    CurrentPerson(PersonStore store, Administrators administrators) {
        this.store = store;
        this.administrators = administrators;
    }

    public Optional<Person> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TokenHolder holder) {
            return Optional.of(new Person(holder.key(), holder.name(), holder.email(), organizationOf(holder.key()),
                    administrators.isAdministrator(holder.key(), null, false)));
        }
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        var key = keyOf(user);
        return Optional.of(new Person(key, displayName(user), user.getEmail(), organizationOf(key),
                administrators.isAdministrator(key, user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()))));
    }

    private @Nullable String organizationOf(PersonKey key) {
        return store.find(key).map(PersonStore.StoredPerson::organization).orElse(null);
    }

    /** @throws AuthenticationCredentialsNotFoundException when nobody is signed in */
    public Person require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first."));
    }

    public static PersonKey keyOf(OidcUser user) {
        return new PersonKey(user.getIdToken().getClaimAsString("iss"), user.getSubject());
    }

    public static String displayName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        if (user.getPreferredUsername() != null && !user.getPreferredUsername().isBlank()) {
            return user.getPreferredUsername();
        }
        return user.getSubject();
    }
}
