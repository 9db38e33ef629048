package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.SemicolonConvention;

/** A descriptor set looked up by id once, so each rule reads positions and parents cheaply. */
public final class SetIndex {

    /** A descriptor where it stands: its family, its place there and in the whole set. */
    public record Entry(Descriptor descriptor, CodeFamily family, int positionInFamily, int positionInSet) {

        /** How messages name it: its code, or its place while it has none. */
        public String label() {
            var code = descriptor.code();
            return code.isEmpty()
                    ? "The descriptor at position " + (positionInFamily + 1) + " of \"" + family.name() + "\""
                    : code;
        }
    }

    private final DescriptorSet set;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<DescriptorId, Entry> byId = new HashMap<>();
    private final Set<String> codes = new HashSet<>();

    public SetIndex(DescriptorSet set) {
        this.set = set;
        for (var family : set.families()) {
            var descriptors = family.descriptors();
            for (int i = 0; i < descriptors.size(); i++) {
                var entry = new Entry(descriptors.get(i), family, i, entries.size());
                entries.add(entry);
                byId.put(entry.descriptor().id(), entry);
                codes.add(entry.descriptor().code());
            }
        }
    }

    public DescriptorSet set() {
        return set;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(DescriptorId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Entry> parentOf(Entry child) {
        return child.descriptor().parentId().map(byId::get);
    }

    /** {@link SemicolonConvention#fullDescriptor(DescriptorSet, Descriptor)} without a search for the parent. */
    public String fullDescriptor(Descriptor descriptor) {
        var parent = descriptor.parent() == null ? null : byId.get(descriptor.parent());
        return SemicolonConvention.fullDescriptor(parent == null ? null : parent.descriptor(), descriptor);
    }

    /** Whether a reference to this code resolves: a code of the set, or one marked external. */
    public boolean knows(String code) {
        return codes.contains(code) || set.externalCodes().contains(code);
    }

    /** The descriptors indented under this one, in order. */
    public List<Entry> childrenOf(Entry parent) {
        var id = parent.descriptor().id();
        return entries.stream()
                .filter(entry -> id.equals(entry.descriptor().parent()) && entry != parent)
                .toList();
    }
}
