package org.quire.shared;

import java.util.Objects;

/**
 * Who a person is, as their identity provider says: issuer plus subject. Never the e-mail,
 * which people change and providers reuse.
 */
public record PersonKey(String issuer, String subject) {

    public PersonKey {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        if (issuer.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("issuer and subject must not be blank");
        }
    }

    /** The key of work Quire does on its own behalf (seeding, scheduled jobs). */
    public static final PersonKey SYSTEM = new PersonKey("urn:quire", "system");

    @Override
    public String toString() {
        return subject + " @ " + issuer;
    }
}
