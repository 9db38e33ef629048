package org.quire.proposal;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.ValidationReport;
import org.quire.revision.Revision;

/**
 * A proposal's descriptor set as it stands: the revision it is (the base for the next save), what
 * validation finds in it, and whether it was marked ready for review.
 */
public record CurrentDescriptorSet(Proposal proposal, Revision head, DescriptorSet set, ValidationReport report,
        @Nullable ReviewReadiness readiness) {

    /** Marked ready, and nothing saved since. */
    public boolean readyForReview() {
        return readiness != null && readiness.revision() == head.number();
    }
}
