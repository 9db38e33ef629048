package org.quire.identity;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * A person known to Quire. Name and e-mail come from the identity provider at each sign-in;
 * the organization is kept by Quire. {@code administrator} is the global ADMIN role.
 */
public record Person(PersonKey key, String name, @Nullable String email, @Nullable String organization,
        boolean administrator) {

    /** Name with organization, the way members are introduced in the workgroup. */
    public String introduction() {
        return organization == null || organization.isBlank() ? name : name + " (" + organization + ")";
    }
}
