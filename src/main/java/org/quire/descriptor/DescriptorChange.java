package org.quire.descriptor;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one descriptor changed between two versions of a set.
 *
 * @param before null when added
 * @param after null when removed
 * @param moved whether it changed family or place within its family
 * @param fields the changed fields, in {@link DescriptorField} order (empty when added or removed)
 */
public record DescriptorChange(DescriptorId id, Kind kind, @Nullable Descriptor before, @Nullable Descriptor after,
        boolean moved, List<FieldChange> fields) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    public DescriptorChange {
        fields = List.copyOf(fields);
    }

    /**
     * One field's old and new value as a person reads them (action and flag names, the parent's code,
     * notes one per line). {@link #markup()} gives the word diff for texts and notes.
     */
    public record FieldChange(DescriptorField field, String before, String after) {

        public ChangeMarkup markup() {
            return ChangeMarkup.between(before, after);
        }
    }
}
