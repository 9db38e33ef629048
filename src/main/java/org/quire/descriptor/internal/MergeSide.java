package org.quire.descriptor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;

/** One version of a set in a merge (base, theirs or mine), looked up by id once. */
final class MergeSide {

    private final DescriptorSet set;
    private final Map<DescriptorId, Descriptor> descriptors = new HashMap<>();
    private final Map<DescriptorId, CodeFamilyId> placement = new HashMap<>();
    private final Map<CodeFamilyId, CodeFamily> families = new HashMap<>();

    MergeSide(DescriptorSet set) {
        this.set = set;
        for (var family : set.families()) {
            families.put(family.id(), family);
            for (var descriptor : family.descriptors()) {
                descriptors.put(descriptor.id(), descriptor);
                placement.put(descriptor.id(), family.id());
            }
        }
    }

    DescriptorSet set() {
        return set;
    }

    @Nullable Descriptor descriptor(DescriptorId id) {
        return descriptors.get(id);
    }

    @Nullable CodeFamilyId familyOf(DescriptorId id) {
        return placement.get(id);
    }

    @Nullable CodeFamily family(CodeFamilyId id) {
        return families.get(id);
    }

    String familyName(CodeFamilyId id) {
        var family = families.get(id);
        return family == null ? "" : family.name();
    }

    List<DescriptorId> descriptorIds() {
        return set.descriptors().stream().map(Descriptor::id).toList();
    }

    List<CodeFamilyId> familyIds() {
        return set.families().stream().map(CodeFamily::id).toList();
    }

    List<DescriptorId> idsIn(CodeFamilyId id) {
        var family = families.get(id);
        return family == null ? List.of() : family.descriptors().stream().map(Descriptor::id).toList();
    }

    List<String> codesIn(CodeFamilyId id) {
        var family = families.get(id);
        return family == null ? List.of() : family.descriptors().stream().map(Descriptor::label).toList();
    }

    List<String> familyNames() {
        return set.families().stream().map(CodeFamily::name).toList();
    }
}
