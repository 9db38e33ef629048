package org.quire.workgroup;

import java.util.Objects;

public record WorkgroupId(String value) {

    public WorkgroupId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
