package org.quire.proposal;

import java.time.Instant;

import org.quire.descriptor.DescriptorSet;

/**
 * A descriptor set a person edited in the form and has not saved: kept on the server so a closed
 * tab, a crash or another device does not lose it. Private to its author.
 *
 * @param base the revision the set was edited from (restoring merges from there)
 */
public record DescriptorDraft(int base, DescriptorSet set, Instant savedAt) {
}
