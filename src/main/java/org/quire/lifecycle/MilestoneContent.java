package org.quire.lifecycle;

import java.util.List;

import org.quire.descriptor.DescriptorSet;

/** A milestone as it was: each frozen section with its Markdown at its revision, in order, and the descriptor set. */
public record MilestoneContent(Milestone milestone, List<FrozenSection> sections, DescriptorSet descriptors) {

    public MilestoneContent {
        sections = List.copyOf(sections);
    }

    /** One section's title and kind as frozen, and its text at the frozen revision. */
    public record FrozenSection(MilestoneSection section, String text) {
    }
}
