package org.quire.proposal.internal;

import java.util.List;

import org.quire.descriptor.DescriptorSetMerge;
import org.quire.revision.TextMerge;
import org.quire.revision.TextMerger;

/** Merges saves of a descriptor set descriptor by descriptor ({@link DescriptorSetMerge}), never as JSON text. */
public final class DescriptorMerger implements TextMerger {

    public static final DescriptorMerger INSTANCE = new DescriptorMerger();

    private DescriptorMerger() {
    }

    @Override
    public TextMerge.Outcome merge(String base, String theirs, String mine) {
        var outcome = DescriptorSetMerge.merge(DescriptorSetJson.read(base), DescriptorSetJson.read(theirs),
                DescriptorSetJson.read(mine));
        return switch (outcome) {
            case DescriptorSetMerge.Clean clean -> new TextMerge.Clean(DescriptorSetJson.write(clean.set()));
            case DescriptorSetMerge.Conflict conflict -> new TextMerge.Conflict(base, theirs, mine, List.of(),
                    DescriptorSetJson.write(conflict.resolution()));
        };
    }
}
