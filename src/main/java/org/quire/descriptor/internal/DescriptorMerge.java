package org.quire.descriptor.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorConflict;
import org.quire.descriptor.DescriptorField;

/** One descriptor both sides still have, merged field by field. */
final class DescriptorMerge {

    /** Stands for a field's value when the base has no such descriptor (both sides added it). */
    private static final Object NO_BASE = new Object();

    private DescriptorMerge() {
    }

    static Descriptor merge(@Nullable Descriptor base, Descriptor theirs, Descriptor mine, MergeSide theirSide,
            MergeSide mySide, CodeFamilyId family, List<DescriptorConflict> conflicts) {
        var merged = theirs;
        var conflicting = new ArrayList<DescriptorField>();
        for (var field : DescriptorFields.ALL) {
            var pick = ThreeWay.of(base == null ? NO_BASE : DescriptorFields.value(field, base),
                    DescriptorFields.value(field, theirs), DescriptorFields.value(field, mine));
            merged = DescriptorFields.copy(field, pick.pick(theirs, mine), merged);
            if (pick == ThreeWay.CONFLICT) {
                conflicting.add(field);
            }
        }
        // when both renamed it, the code they started from is the one both will recognise
        var name = base != null && conflicting.contains(DescriptorField.CODE) ? base.label() : merged.label();
        for (var field : conflicting) {
            conflicts.add(ConflictMessages.field(merged.id(), name, family, field,
                    DescriptorFields.read(field, theirs, theirSide.set()),
                    DescriptorFields.read(field, mine, mySide.set())));
        }
        return merged;
    }
}
