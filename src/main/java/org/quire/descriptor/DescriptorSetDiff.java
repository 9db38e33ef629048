package org.quire.descriptor;

import java.util.List;
import java.util.Set;

/**
 * What changed between two versions of a set, per descriptor (paired by {@link DescriptorId}, so a
 * renamed placeholder is one descriptor with a changed code), per family, and in the external codes.
 * Unchanged descriptors and families are not listed; changes come in the order of the newer set,
 * removed ones where they stood in the older.
 */
public record DescriptorSetDiff(List<DescriptorChange> descriptors, List<FamilyChange> families,
        Set<String> externalCodesAdded, Set<String> externalCodesRemoved) {

    public DescriptorSetDiff {
        descriptors = List.copyOf(descriptors);
        families = List.copyOf(families);
        externalCodesAdded = Set.copyOf(externalCodesAdded);
        externalCodesRemoved = Set.copyOf(externalCodesRemoved);
    }

    public static DescriptorSetDiff between(DescriptorSet from, DescriptorSet to) {
        throw new UnsupportedOperationException("to be built");
    }

    public boolean isEmpty() {
        return descriptors.isEmpty() && families.isEmpty() && externalCodesAdded.isEmpty()
                && externalCodesRemoved.isEmpty();
    }
}
