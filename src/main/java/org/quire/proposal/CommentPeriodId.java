package org.quire.proposal;

import java.util.Objects;

public record CommentPeriodId(String value) {

    public CommentPeriodId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
