package org.quire.identity;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * A person's profile: name and e-mail as the identity provider states them (Quire never edits
 * those), the organization and the conflict-of-interest disclosure Quire keeps, and when the
 * person last confirmed that disclosure.
 */
public record Profile(PersonKey key, String name, @Nullable String email, @Nullable String organization,
        @Nullable Disclosure disclosure, @Nullable Instant disclosureConfirmedAt) {

    public static final int MAX_ORGANIZATION = 200;

    /** Due when the disclosure was never stated, or confirmed too long ago. */
    public Optional<DisclosureReminder> reminder(Instant now) {
        return DisclosureReminder.due(disclosure == null ? null : disclosureConfirmedAt, now);
    }
}
