package org.quire.proposal;

import java.util.List;

/**
 * The whole proposal at one moment: the sections readers see, in order, each with its head
 * revision, and the descriptor set's head revision. What a milestone freezes.
 */
public record ProposalHeads(ProposalId proposal, List<SectionHead> sections, int descriptorRevision) {

    public ProposalHeads {
        sections = List.copyOf(sections);
    }

    /** One section as it stands: its title then, and the revision its text is at. */
    public record SectionHead(SectionId id, SectionKind kind, String title, int revision) {
    }
}
