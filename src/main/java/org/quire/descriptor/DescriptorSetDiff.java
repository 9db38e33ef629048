package org.quire.descriptor;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.quire.descriptor.internal.SetDiffs;

/**
 * What changed between two versions of a set, per descriptor (paired by {@link DescriptorId}, so a
 * renamed placeholder is one descriptor with a changed code), per family, and in the external codes.
 * Unchanged descriptors and families are not listed; changes come in the order of the newer set,
 * removed ones where they stood in the older; external codes are sorted.
 */
public record DescriptorSetDiff(List<DescriptorChange> descriptors, List<FamilyChange> families,
        Set<String> externalCodesAdded, Set<String> externalCodesRemoved) {

    public DescriptorSetDiff {
        descriptors = List.copyOf(descriptors);
        families = List.copyOf(families);
        externalCodesAdded = Collections.unmodifiableSortedSet(new TreeSet<>(externalCodesAdded));
        externalCodesRemoved = Collections.unmodifiableSortedSet(new TreeSet<>(externalCodesRemoved));
    }

    public static DescriptorSetDiff between(DescriptorSet from, DescriptorSet to) {
        var added = new TreeSet<>(to.externalCodes());
        added.removeAll(from.externalCodes());
        var removed = new TreeSet<>(from.externalCodes());
        removed.removeAll(to.externalCodes());
        return new DescriptorSetDiff(SetDiffs.descriptors(from, to), SetDiffs.families(from, to), added, removed);
    }

    public boolean isEmpty() {
        return descriptors.isEmpty() && families.isEmpty() && externalCodesAdded.isEmpty()
                && externalCodesRemoved.isEmpty();
    }
}
