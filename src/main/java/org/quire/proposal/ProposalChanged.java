package org.quire.proposal;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * Announced after any change to a proposal (its sections, their order or text), for open views.
 *
 * @param section the section whose text changed, or {@code null} for changes to the proposal itself
 * @param revision the section's new revision number, or 0 when no text changed
 */
public record ProposalChanged(ProposalId proposal, String change, PersonKey by, @Nullable SectionId section,
        int revision) {

    static ProposalChanged ofProposal(ProposalId proposal, String change, PersonKey by) {
        return new ProposalChanged(proposal, change, by, null, 0);
    }

    public boolean changedText(SectionId candidate) {
        return candidate.equals(section) && revision > 0;
    }
}
