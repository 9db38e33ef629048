package org.quire.comment;

import java.util.Objects;

public record ThreadId(String value) {

    public ThreadId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
