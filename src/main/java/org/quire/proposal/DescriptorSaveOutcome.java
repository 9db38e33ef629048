package org.quire.proposal;

import java.util.List;

import org.quire.descriptor.DescriptorConflict;
import org.quire.descriptor.DescriptorSet;
import org.quire.revision.Revision;

/** What became of saving a descriptor set. In no case is the caller's set dropped. */
public sealed interface DescriptorSaveOutcome {

    /** The set became the next revision as it was. */
    record Saved(Revision revision, DescriptorSet set) implements DescriptorSaveOutcome {
    }

    /**
     * Others had saved since; their changes and the caller's touched different things, so the merged
     * {@code set} became the next revision. {@code mergedWith}: the others' revisions merged in.
     */
    record Merged(Revision revision, DescriptorSet set, List<Revision> mergedWith) implements DescriptorSaveOutcome {

        public Merged {
            mergedWith = List.copyOf(mergedWith);
        }
    }

    /**
     * Others changed the same things: nothing was saved. {@code resolution} is theirs with every
     * change of the caller's that did not overlap, and the caller's where they did; save it on top
     * of {@code head} once the listed {@code conflicts} are decided.
     */
    record Conflicted(Revision head, DescriptorSet theirs, DescriptorSet mine, List<DescriptorConflict> conflicts,
            DescriptorSet resolution) implements DescriptorSaveOutcome {

        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The set equals the current one already: no empty revision was made. */
    record Unchanged(Revision head) implements DescriptorSaveOutcome {
    }
}
