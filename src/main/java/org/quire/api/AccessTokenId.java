package org.quire.api;

import java.util.Objects;

public record AccessTokenId(String value) {

    public AccessTokenId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
