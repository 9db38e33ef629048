package org.quire.descriptor;

import java.util.List;

import org.quire.descriptor.internal.ConflictMessages;
import org.quire.descriptor.internal.SetMerger;
import org.quire.shared.InputRejected;

/**
 * Three-way merge of descriptor sets, descriptor by descriptor (paired by {@link DescriptorId}), never
 * as JSON text: a field changed on one side only is taken from that side; the same field changed
 * differently on both sides is a {@link DescriptorConflict}. Families merge the same way by
 * {@link CodeFamilyId}; external codes merge as sets (kept by both, plus what either added).
 *
 * <ul>
 * <li>Something added on one side is kept, after what it followed on that side (or first); where both
 * sides added after the same descriptor, theirs come first.</li>
 * <li>Something removed on one side and unchanged on the other is removed; changed on the other (a
 * field, or for a descriptor its family; for a family its name or descriptors), it is kept as changed
 * and reported.</li>
 * <li>A descriptor's family, the order of a family's descriptors and the order of the families are
 * taken from the side that changed them, judged on what all three versions hold.</li>
 * <li>Two sides adding the same code in different descriptors is not a conflict here:
 * {@link DescriptorValidation}'s duplicate-code rule reports it.</li>
 * </ul>
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

    /**
     * A merge the set cannot hold (beyond {@link DescriptorLimits}) is a conflict whose resolution is
     * mine as it is, with one conflict saying so.
     */
    public static Outcome merge(DescriptorSet base, DescriptorSet theirs, DescriptorSet mine) {
        try {
            var merged = SetMerger.merge(base, theirs, mine);
            return merged.conflicts().isEmpty() ? new Clean(merged.set())
                    : new Conflict(merged.set(), merged.conflicts());
        } catch (InputRejected beyondLimits) {
            return new Conflict(mine, List.of(ConflictMessages.beyondLimits(beyondLimits)));
        }
    }
}
