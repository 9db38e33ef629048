package org.quire.proposal;

import java.time.Instant;

/** A row of the workgroup's proposal list. */
public record ProposalListing(ProposalId id, String number, String title, ProposalState state, Instant lastChangedAt,
        String lastChangedBy) {
}
