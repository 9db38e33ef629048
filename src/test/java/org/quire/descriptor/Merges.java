package org.quire.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a merge's outcome in tests: clean or conflicting, failing with what it was otherwise. */
final class Merges {

    private Merges() {
    }

    static DescriptorSet clean(DescriptorSetMerge.Outcome outcome) {
        assertThat(outcome).isInstanceOf(DescriptorSetMerge.Clean.class);
        return ((DescriptorSetMerge.Clean) outcome).set();
    }

    static DescriptorSetMerge.Conflict conflict(DescriptorSetMerge.Outcome outcome) {
        assertThat(outcome).isInstanceOf(DescriptorSetMerge.Conflict.class);
        return (DescriptorSetMerge.Conflict) outcome;
    }
}
