package org.quire.identity;

import java.time.Instant;

import org.quire.shared.PersonKey;

/** Announced after a person completed an OpenID Connect sign-in. */
public record PersonSignedIn(PersonKey person, Instant at) {
}
