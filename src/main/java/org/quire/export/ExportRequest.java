package org.quire.export;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.MilestoneId;
import org.quire.proposal.ProposalId;

/**
 * One proposal to export.
 *
 * @param milestone the milestone to export, or {@code null} for the proposal as readers see it now
 * @param withDispositions whether to add the disposition report of every comment period as an appendix (STAFF)
 */
public record ExportRequest(ProposalId proposal, @Nullable MilestoneId milestone, ExportFormat format,
        boolean withDispositions) {

    public ExportRequest {
        Objects.requireNonNull(proposal);
        Objects.requireNonNull(format);
    }
}
