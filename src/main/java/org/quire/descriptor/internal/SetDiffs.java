package org.quire.descriptor.internal;

import static org.quire.descriptor.DescriptorChange.Kind.ADDED;
import static org.quire.descriptor.DescriptorChange.Kind.CHANGED;
import static org.quire.descriptor.DescriptorChange.Kind.REMOVED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorChange.FieldChange;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.FamilyChange;

/** The per-descriptor and per-family changes between two versions of a set, paired by id. */
public final class SetDiffs {

    private SetDiffs() {
    }

    public static List<DescriptorChange> descriptors(DescriptorSet from, DescriptorSet to) {
        var before = byId(from);
        var after = byId(to);
        var moved = movedWithinFamilies(from, to);
        var changes = new ArrayList<DescriptorChange>();
        for (var id : CommonOrder.withRemoved(ids(from), ids(to))) {
            var old = before.get(id);
            var now = after.get(id);
            if (old == null) {
                changes.add(new DescriptorChange(id, ADDED, null, now.descriptor(), false, List.of()));
            } else if (now == null) {
                changes.add(new DescriptorChange(id, REMOVED, old.descriptor(), null, false, List.of()));
            } else {
                var fields = DescriptorFields.ALL.stream()
                        .filter(field -> !DescriptorFields.same(field, old.descriptor(), now.descriptor()))
                        .map(field -> new FieldChange(field, DescriptorFields.read(field, old.descriptor(), from),
                                DescriptorFields.read(field, now.descriptor(), to)))
                        .toList();
                boolean wasMoved = !old.family().equals(now.family()) || moved.contains(id);
                if (!fields.isEmpty() || wasMoved) {
                    changes.add(new DescriptorChange(id, CHANGED, old.descriptor(), now.descriptor(), wasMoved,
                            fields));
                }
            }
        }
        return changes;
    }

    public static List<FamilyChange> families(DescriptorSet from, DescriptorSet to) {
        var before = familiesById(from);
        var after = familiesById(to);
        var fromIds = from.families().stream().map(CodeFamily::id).toList();
        var toIds = to.families().stream().map(CodeFamily::id).toList();
        var moved = CommonOrder.moved(fromIds, toIds);
        var changes = new ArrayList<FamilyChange>();
        for (var id : CommonOrder.withRemoved(fromIds, toIds)) {
            var old = before.get(id);
            var now = after.get(id);
            if (old == null) {
                changes.add(new FamilyChange(id, ADDED, null, now.name(), false));
            } else if (now == null) {
                changes.add(new FamilyChange(id, REMOVED, old.name(), null, false));
            } else if (!old.name().equals(now.name()) || moved.contains(id)) {
                changes.add(new FamilyChange(id, CHANGED, old.name(), now.name(), moved.contains(id)));
            }
        }
        return changes;
    }

    private record Placed(Descriptor descriptor, CodeFamilyId family) {
    }

    private static Map<DescriptorId, Placed> byId(DescriptorSet set) {
        var placed = new HashMap<DescriptorId, Placed>();
        for (var family : set.families()) {
            family.descriptors().forEach(d -> placed.put(d.id(), new Placed(d, family.id())));
        }
        return placed;
    }

    private static Map<CodeFamilyId, CodeFamily> familiesById(DescriptorSet set) {
        var families = new HashMap<CodeFamilyId, CodeFamily>();
        set.families().forEach(family -> families.put(family.id(), family));
        return families;
    }

    private static List<DescriptorId> ids(DescriptorSet set) {
        return set.descriptors().stream().map(Descriptor::id).toList();
    }

    /** Within each family kept in both versions, the descriptors whose place among the others changed. */
    private static Set<DescriptorId> movedWithinFamilies(DescriptorSet from, DescriptorSet to) {
        var before = familiesById(from);
        var moved = new HashSet<DescriptorId>();
        for (var family : to.families()) {
            var old = before.get(family.id());
            if (old != null) {
                moved.addAll(CommonOrder.moved(ids(old), ids(family)));
            }
        }
        return moved;
    }

    private static List<DescriptorId> ids(CodeFamily family) {
        return family.descriptors().stream().map(Descriptor::id).toList();
    }
}
