package org.quire.descriptor;

import java.util.UUID;

import org.quire.descriptor.internal.InputProblems;

/** A code family's identity, independent of its name. */
public record CodeFamilyId(String value) {

    public CodeFamilyId {
        var problems = new InputProblems();
        problems.id(value, "A code family id", DescriptorLimits.MAX_ID);
        problems.throwIfAny();
    }

    public static CodeFamilyId random() {
        return new CodeFamilyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
