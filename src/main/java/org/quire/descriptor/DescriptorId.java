package org.quire.descriptor;

import java.util.UUID;

import org.quire.descriptor.internal.InputProblems;

/** A descriptor's own identity: it stays when the code is renamed, so history and comments follow it. */
public record DescriptorId(String value) {

    public DescriptorId {
        var problems = new InputProblems();
        problems.id(value, "A descriptor id", DescriptorLimits.MAX_ID);
        problems.throwIfAny();
    }

    public static DescriptorId random() {
        return new DescriptorId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
