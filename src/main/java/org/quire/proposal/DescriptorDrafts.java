package org.quire.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.internal.DescriptorDraftStore;
import org.quire.proposal.internal.DescriptorSetJson;
import org.quire.revision.Revisions;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.stereotype.Service;

/**
 * Private drafts of the descriptor form, like {@link SectionDrafts} for sections: only people who
 * may edit the proposal keep one, each sees only their own, and a save of the set discards it.
 */
@Service
public class DescriptorDrafts {

    private final ProposalAccess proposalAccess;
    private final DescriptorDraftStore drafts;
    private final Clock clock;

    DescriptorDrafts(ProposalAccess proposalAccess, DescriptorDraftStore drafts, Clock clock) {
        this.proposalAccess = proposalAccess;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Keeps {@code set}, edited from revision {@code base}, replacing the person's earlier draft. */
    public DescriptorDraft keep(ProposalId proposalId, int base, DescriptorSet set) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        var json = DescriptorSetJson.write(set);
        if (json.getBytes(StandardCharsets.UTF_8).length > Revisions.MAX_TEXT_BYTES) {
            throw new InputRejected(List.of("A draft of the descriptors can hold at most "
                    + Revisions.MAX_TEXT_BYTES / 1024 + " KB; this set is larger. Remove codes or shorten notes."));
        }
        var draft = new DescriptorDraft(Math.max(base, 1), set, clock.instant());
        drafts.keep(checked.person().key(), proposalId, draft);
        return draft;
    }

    public Optional<DescriptorDraft> find(ProposalId proposalId) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        return drafts.find(checked.person().key(), proposalId);
    }

    public void discard(ProposalId proposalId) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        drafts.discard(checked.person().key(), proposalId);
    }
}
