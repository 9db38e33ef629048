package org.quire.descriptor;

import java.util.List;
import java.util.Objects;

import org.quire.descriptor.internal.InputProblems;

/** A family of related codes, in the order the CPT book lists them (parents before their children). */
public record CodeFamily(CodeFamilyId id, String name, List<Descriptor> descriptors) {

    public CodeFamily {
        var problems = new InputProblems();
        problems.missing(id, "A code family has no id.");
        name = problems.text(name, "The name of a code family", DescriptorLimits.MAX_FAMILY_NAME).strip();
        descriptors = descriptors == null ? List.of() : descriptors.stream().filter(Objects::nonNull).toList();
        problems.throwIfAny();
    }

    public static CodeFamily of(String name, List<Descriptor> descriptors) {
        return new CodeFamily(CodeFamilyId.random(), name, descriptors);
    }

    public CodeFamily withName(String newName) {
        return new CodeFamily(id, newName, descriptors);
    }

    public CodeFamily withDescriptors(List<Descriptor> newDescriptors) {
        return new CodeFamily(id, name, newDescriptors);
    }
}
