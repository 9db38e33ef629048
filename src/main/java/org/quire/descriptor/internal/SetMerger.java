package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorConflict;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorSetMerge;
import org.quire.shared.InputRejected;

/**
 * The work of {@link DescriptorSetMerge}: first which descriptors and families stay and with what
 * content, then the order of families and of each family's descriptors, then the external codes.
 */
public final class SetMerger {

    /** The merged set (mine wherever the sides conflict) and the conflicts, in the set's order. */
    public record Result(DescriptorSet set, List<DescriptorConflict> conflicts) {
    }

    private final MergeSide base;
    private final MergeSide theirs;
    private final MergeSide mine;
    private final Map<DescriptorId, Descriptor> kept = new HashMap<>();
    private final Map<DescriptorId, CodeFamilyId> placement = new LinkedHashMap<>();
    private final Map<CodeFamilyId, String> familyNames = new LinkedHashMap<>();
    private final List<DescriptorConflict> conflicts = new ArrayList<>();

    private SetMerger(DescriptorSet base, DescriptorSet theirs, DescriptorSet mine) {
        this.base = new MergeSide(base);
        this.theirs = new MergeSide(theirs);
        this.mine = new MergeSide(mine);
    }

    /** @throws InputRejected when the merged set would be beyond {@link org.quire.descriptor.DescriptorLimits} */
    public static Result merge(DescriptorSet base, DescriptorSet theirs, DescriptorSet mine) {
        var merger = new SetMerger(base, theirs, mine);
        merger.mergeDescriptors();
        merger.mergeFamilies();
        return merger.result();
    }

    private void mergeDescriptors() {
        var ids = new LinkedHashSet<>(mine.descriptorIds());
        ids.addAll(theirs.descriptorIds());
        ids.addAll(base.descriptorIds());
        for (var id : ids) {
            var was = base.descriptor(id);
            var their = theirs.descriptor(id);
            var my = mine.descriptor(id);
            if (their != null && my != null) {
                var pick = ThreeWay.of(base.familyOf(id), theirs.familyOf(id), mine.familyOf(id));
                var family = pick.pick(theirs.familyOf(id), mine.familyOf(id));
                var merged = DescriptorMerge.merge(was, their, my, theirs, mine, family, conflicts);
                keep(merged, family);
                if (pick == ThreeWay.CONFLICT) {
                    conflicts.add(ConflictMessages.moved(merged, family, theirs.familyName(theirs.familyOf(id)),
                            mine.familyName(family)));
                }
            } else if (their != null || my != null) {
                var side = their != null ? theirs : mine;
                var descriptor = side.descriptor(id);
                var family = side.familyOf(id);
                if (was == null) {
                    keep(descriptor, family);
                } else if (!descriptor.equals(was) || !family.equals(base.familyOf(id))) {
                    // removed on one side, changed on the other: keep the change rather than lose it
                    keep(descriptor, family);
                    conflicts.add(ConflictMessages.removedAndChanged(descriptor, family, their == null));
                }
            }
        }
    }

    private void keep(Descriptor descriptor, CodeFamilyId family) {
        kept.put(descriptor.id(), descriptor);
        placement.put(descriptor.id(), family);
    }

    private void mergeFamilies() {
        var ids = new LinkedHashSet<>(mine.familyIds());
        ids.addAll(theirs.familyIds());
        ids.addAll(base.familyIds());
        for (var id : ids) {
            var was = base.family(id);
            var their = theirs.family(id);
            var my = mine.family(id);
            if (their != null && my != null) {
                var pick = ThreeWay.of(was == null ? null : was.name(), their.name(), my.name());
                familyNames.put(id, pick.pick(their.name(), my.name()));
                if (pick == ThreeWay.CONFLICT) {
                    conflicts.add(ConflictMessages.familyName(id, was == null ? my.name() : was.name(),
                            their.name(), my.name()));
                }
            } else if (their != null || my != null) {
                var family = their != null ? their : my;
                if (was == null) {
                    familyNames.put(id, family.name());
                } else if (!family.equals(was)) {
                    familyNames.put(id, family.name());
                    conflicts.add(ConflictMessages.familyRemovedAndChanged(family, their == null));
                }
            }
        }
        // by the rules above a kept descriptor's family is kept too; should that ever not hold, keep the
        // family rather than drop the descriptor
        for (var family : placement.values()) {
            if (!familyNames.containsKey(family)) {
                var name = mine.family(family) != null ? mine.familyName(family) : theirs.familyName(family);
                familyNames.put(family, name);
            }
        }
    }

    private Result result() {
        var familyOrder = OrderMerge.merge(base.familyIds(), theirs.familyIds(), mine.familyIds(),
                familyNames.keySet());
        if (familyOrder.conflict()) {
            conflicts.add(ConflictMessages.familyOrder(theirs.familyNames(), mine.familyNames()));
        }
        var families = new ArrayList<CodeFamily>();
        for (var id : familyOrder.order()) {
            var members = placement.entrySet().stream().filter(entry -> entry.getValue().equals(id))
                    .map(Map.Entry::getKey).toList();
            var order = OrderMerge.merge(base.idsIn(id), theirs.idsIn(id), mine.idsIn(id), members);
            if (order.conflict()) {
                conflicts.add(ConflictMessages.descriptorOrder(id, familyNames.get(id), theirs.codesIn(id),
                        mine.codesIn(id)));
            }
            families.add(new CodeFamily(id, familyNames.get(id), order.order().stream().map(kept::get).toList()));
        }
        var set = new DescriptorSet(families, externalCodes());
        return new Result(set, inSetOrder(conflicts, set));
    }

    /** Kept by both, plus what either added: a code one side removed is removed. */
    private TreeSet<String> externalCodes() {
        var codes = new TreeSet<String>();
        var was = base.set().externalCodes();
        var their = theirs.set().externalCodes();
        var my = mine.set().externalCodes();
        was.stream().filter(code -> their.contains(code) && my.contains(code)).forEach(codes::add);
        their.stream().filter(code -> !was.contains(code)).forEach(codes::add);
        my.stream().filter(code -> !was.contains(code)).forEach(codes::add);
        return codes;
    }

    /** Set-wide conflicts first, then family by family, a family's own before its descriptors'. */
    private static List<DescriptorConflict> inSetOrder(List<DescriptorConflict> conflicts, DescriptorSet set) {
        var families = new HashMap<CodeFamilyId, Integer>();
        set.families().forEach(family -> families.put(family.id(), families.size()));
        var descriptors = new HashMap<DescriptorId, Integer>();
        set.descriptors().forEach(descriptor -> descriptors.put(descriptor.id(), descriptors.size()));
        Comparator<DescriptorConflict> byFamily = Comparator.comparingInt(
                conflict -> conflict.family() == null ? -1 : families.getOrDefault(conflict.family(), -1));
        return conflicts.stream().sorted(byFamily.thenComparingInt(
                conflict -> conflict.descriptor() == null ? -1 : descriptors.getOrDefault(conflict.descriptor(), -1)))
                .toList();
    }
}
