package org.quire.identity.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.springframework.stereotype.Component;

/**
 * Decides the global ADMIN role from configuration. In demo mode the {@code staff} account is one.
 */
@Component
public class Administrators {

    private final Set<String> keys;
    private final Set<String> verifiedEmails;

    Administrators(IdentityProperties properties, SignInSettings signIn) {
        var entries = properties.administrators().stream().map(String::trim).filter(e -> !e.isEmpty()).toList();
        var configuredKeys = entries.stream().filter(e -> e.contains("#"))
                .collect(Collectors.toCollection(HashSet::new));
        if (signIn.demo()) {
            configuredKeys.add(signIn.issuer() + "#staff");
        }
        this.keys = Set.copyOf(configuredKeys);
        this.verifiedEmails = entries.stream().filter(e -> !e.contains("#") && e.contains("@"))
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdministrator(PersonKey key, @Nullable String email, boolean emailVerified) {
        if (keys.contains(key.issuer() + "#" + key.subject())) {
            return true;
        }
        return emailVerified && email != null && verifiedEmails.contains(email.toLowerCase(Locale.ROOT));
    }
}
