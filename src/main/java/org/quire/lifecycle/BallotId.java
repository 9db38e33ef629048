package org.quire.lifecycle;

public record BallotId(String value) {
}
