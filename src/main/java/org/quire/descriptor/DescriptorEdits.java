package org.quire.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.quire.descriptor.internal.CodeReferences;
import org.quire.descriptor.internal.Reordering;
import org.quire.shared.InputRejected;

/**
 * The edits the descriptor form makes, each returning a new set (sets are values). Descriptors and
 * families are named by id, so an edit means the same thing after a rename or a move. An id that is
 * not in the set (someone else removed it while the form was open) is refused with
 * {@link InputRejected} and a message fit to show; so is a result beyond {@link DescriptorLimits}.
 */
public final class DescriptorEdits {

    static final String UNKNOWN_DESCRIPTOR = "This descriptor is no longer in the set; someone may have removed it. "
            + "Reload to see the current set.";
    static final String UNKNOWN_FAMILY = "This code family is no longer in the set; someone may have removed it. "
            + "Reload to see the current set.";

    private DescriptorEdits() {
    }

    /** Replaces the descriptor with the same id. */
    public static DescriptorSet replace(DescriptorSet set, Descriptor changed) {
        return mapFamilyOf(set, changed.id(), descriptors -> descriptors.stream()
                .map(d -> d.id().equals(changed.id()) ? changed : d).toList());
    }

    /**
     * Gives a descriptor a new code and replaces every whole-code reference to its old code in the
     * texts, current texts and notes of the set (as {@link CodeFormat#REFERENCE} finds them). A
     * descriptor that had no code yet has nothing to rename, so only its code changes.
     */
    public static DescriptorSet renameCode(DescriptorSet set, DescriptorId id, String newCode) {
        var descriptor = set.descriptor(id).orElseThrow(() -> new InputRejected(UNKNOWN_DESCRIPTOR));
        var oldCode = descriptor.code();
        var renamedDescriptor = descriptor.withCode(newCode);
        var code = renamedDescriptor.code();
        if (code.equals(oldCode)) {
            return set;
        }
        var families = set.families().stream().map(family -> family.withDescriptors(family.descriptors().stream()
                .map(d -> d.id().equals(id) ? renamedDescriptor : d)
                .map(d -> CodeReferences.renamedIn(d, oldCode, code))
                .toList())).toList();
        return set.withFamilies(families);
    }

    /** Appends an unindented descriptor at the end of a family. */
    public static DescriptorSet add(DescriptorSet set, CodeFamilyId family, Descriptor added) {
        return mapFamily(set, family, descriptors -> {
            var result = new ArrayList<>(descriptors);
            result.add(added.withParent(null));
            return result;
        });
    }

    /** Adds a child indented under {@code parent}, after the parent's last child. */
    public static DescriptorSet addChild(DescriptorSet set, DescriptorId parent, Descriptor child) {
        if (set.descriptor(parent).isEmpty()) {
            throw new InputRejected("The descriptor to indent under is no longer in the set; someone may have "
                    + "removed it. Reload to see the current set.");
        }
        return mapFamilyOf(set, parent, descriptors -> {
            int after = 0;
            while (!descriptors.get(after).id().equals(parent)) {
                after++;
            }
            // after the children that follow the parent; one placed elsewhere is validation's to report
            while (after + 1 < descriptors.size() && parent.equals(descriptors.get(after + 1).parent())) {
                after++;
            }
            var result = new ArrayList<>(descriptors);
            result.add(after + 1, child.withParent(parent));
            return result;
        });
    }

    /** Removes a descriptor; its children stay, unindented, so no text is lost. */
    public static DescriptorSet remove(DescriptorSet set, DescriptorId id) {
        requireDescriptor(set, id);
        return set.withFamilies(set.families().stream().map(family -> family.withDescriptors(
                family.descriptors().stream().filter(d -> !d.id().equals(id))
                        .map(d -> id.equals(d.parent()) ? d.withParent(null) : d).toList())).toList());
    }

    /**
     * Moves a descriptor {@code by} places among its siblings (negative: up): a parent or unindented
     * code moves past whole blocks (a parent with its children), a child among its parent's children.
     * Stops at the ends.
     */
    public static DescriptorSet move(DescriptorSet set, DescriptorId id, int by) {
        return mapFamilyOf(set, id, descriptors -> Reordering.movedDescriptor(descriptors, id, by));
    }

    public static DescriptorSet addFamily(DescriptorSet set, CodeFamily family) {
        var families = new ArrayList<>(set.families());
        families.add(family);
        return set.withFamilies(families);
    }

    public static DescriptorSet renameFamily(DescriptorSet set, CodeFamilyId id, String name) {
        requireFamily(set, id);
        return set.withFamilies(set.families().stream()
                .map(family -> family.id().equals(id) ? family.withName(name) : family).toList());
    }

    /** Removes a family with its descriptors; codes elsewhere indented under one of them are unindented. */
    public static DescriptorSet removeFamily(DescriptorSet set, CodeFamilyId id) {
        var removed = requireFamily(set, id).descriptors().stream().map(Descriptor::id).toList();
        return set.withFamilies(set.families().stream().filter(family -> !family.id().equals(id))
                .map(family -> family.withDescriptors(family.descriptors().stream()
                        .map(d -> d.hasParent() && removed.contains(d.parent()) ? d.withParent(null) : d)
                        .toList()))
                .toList());
    }

    /** Moves a family {@code by} places among the families (negative: up), stopping at the ends. */
    public static DescriptorSet moveFamily(DescriptorSet set, CodeFamilyId id, int by) {
        requireFamily(set, id);
        return set.withFamilies(Reordering.moved(set.families(), family -> family.id().equals(id), by));
    }

    private static void requireDescriptor(DescriptorSet set, DescriptorId id) {
        if (set.descriptor(id).isEmpty()) {
            throw new InputRejected(UNKNOWN_DESCRIPTOR);
        }
    }

    private static CodeFamily requireFamily(DescriptorSet set, CodeFamilyId id) {
        return set.families().stream().filter(family -> family.id().equals(id)).findFirst()
                .orElseThrow(() -> new InputRejected(UNKNOWN_FAMILY));
    }

    private static DescriptorSet mapFamilyOf(DescriptorSet set, DescriptorId id,
            UnaryOperator<List<Descriptor>> edit) {
        var family = set.familyOf(id).orElseThrow(() -> new InputRejected(UNKNOWN_DESCRIPTOR));
        return mapFamily(set, family.id(), edit);
    }

    private static DescriptorSet mapFamily(DescriptorSet set, CodeFamilyId id, UnaryOperator<List<Descriptor>> edit) {
        requireFamily(set, id);
        return set.withFamilies(set.families().stream()
                .map(family -> family.id().equals(id) ? family.withDescriptors(edit.apply(family.descriptors()))
                        : family)
                .toList());
    }
}
