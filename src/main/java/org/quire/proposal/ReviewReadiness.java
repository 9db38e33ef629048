package org.quire.proposal;

import java.time.Instant;

import org.quire.shared.PersonKey;

/** Who marked which revision of a descriptor set ready for review, and when. */
public record ReviewReadiness(int revision, PersonKey by, Instant at) {
}
