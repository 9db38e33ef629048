package org.quire.descriptor;

import java.util.List;

/**
 * Three-way merge of descriptor sets, descriptor by descriptor (paired by {@link DescriptorId}), never
 * as JSON text: a field changed on one side only is taken from that side; the same field changed
 * differently on both sides is a {@link DescriptorConflict}. Families merge the same way by
 * {@link CodeFamilyId}; external codes merge as sets.
 */
public final class DescriptorSetMerge {

    private DescriptorSetMerge() {
    }

    public sealed interface Outcome permits Clean, Conflict {
    }

    /** Both sides' changes applied to the base. */
    public record Clean(DescriptorSet set) implements Outcome {
    }

    /**
     * The sides changed the same things. {@code resolution} is theirs with every change of mine
     * that did not overlap, and mine where they did, so nothing of mine is dropped and only the
     * listed conflicts need a decision.
     */
    public record Conflict(DescriptorSet resolution, List<DescriptorConflict> conflicts) implements Outcome {

        public Conflict {
            conflicts = List.copyOf(conflicts);
        }
    }

    public static Outcome merge(DescriptorSet base, DescriptorSet theirs, DescriptorSet mine) {
        throw new UnsupportedOperationException("to be built");
    }
}
