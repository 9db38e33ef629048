package org.quire.lifecycle;

import org.quire.shared.PersonKey;

/** A member who may vote on a ballot, named as Quire knew them when the ballot opened. */
public record Voter(PersonKey person, String name) {
}
