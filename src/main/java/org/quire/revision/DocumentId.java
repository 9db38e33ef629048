package org.quire.revision;

import java.util.Objects;

/** A revisioned text, named by its owner (for example one section of a proposal). */
public record DocumentId(String value) {

    public static final int MAX_LENGTH = 200;

    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A document id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
