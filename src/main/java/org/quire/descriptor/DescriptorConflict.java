package org.quire.descriptor;

import org.jspecify.annotations.Nullable;

/**
 * One thing both sides of a merge changed differently.
 *
 * @param descriptor the descriptor concerned, or null for a family or the set's external codes
 * @param family the family concerned (of the descriptor, where it has one)
 * @param field which field; null where the conflict is about position or existence (one side
 *        removed what the other changed)
 * @param theirs what the other side has, as a person reads it ("" for removed)
 * @param mine what the caller has, as a person reads it ("" for removed)
 * @param message one sentence naming the code and what to decide
 */
public record DescriptorConflict(@Nullable DescriptorId descriptor, @Nullable CodeFamilyId family,
        @Nullable DescriptorField field, String theirs, String mine, String message) {
}
