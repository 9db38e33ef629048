package org.quire.proposal;

import java.util.Objects;
import java.util.UUID;

public record SectionId(String value) {

    public SectionId {
        Objects.requireNonNull(value, "value");
    }

    public static SectionId random() {
        return new SectionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
