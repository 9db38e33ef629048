package org.quire.workgroup;

import java.util.Objects;

public record ParticipationRequestId(String value) {

    public ParticipationRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
