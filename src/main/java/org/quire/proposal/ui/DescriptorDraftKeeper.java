package org.quire.proposal.ui;

import java.time.Instant;

import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.DescriptorDrafts;
import org.quire.proposal.ProposalId;

/** The descriptor form's drafts go to the person's descriptor draft of the proposal on the server. */
record DescriptorDraftKeeper(DescriptorDrafts drafts, ProposalId proposal) implements DraftAutosave.Keeper<DescriptorSet> {

    @Override
    public Instant keep(int base, DescriptorSet set) {
        return drafts.keep(proposal, base, set).savedAt();
    }

    @Override
    public void discard() {
        drafts.discard(proposal);
    }
}
