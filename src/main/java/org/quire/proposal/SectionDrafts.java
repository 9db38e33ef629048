package org.quire.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.quire.proposal.internal.DraftStore;
import org.quire.revision.Revisions;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.stereotype.Service;

/**
 * Private drafts: what the signed-in person has written in a section's editor and not yet saved.
 * Only people who may edit the proposal keep drafts, and each person sees only their own.
 */
@Service
public class SectionDrafts {

    private final ProposalAccess proposalAccess;
    private final DraftStore drafts;
    private final Clock clock;

    SectionDrafts(ProposalAccess proposalAccess, DraftStore drafts, Clock clock) {
        this.proposalAccess = proposalAccess;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Keeps {@code text}, written on top of revision {@code base}, replacing the person's earlier draft. */
    public SectionDraft keep(ProposalId proposalId, SectionId sectionId, int base, String text) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        checked.proposal().section(sectionId);
        if (text.getBytes(StandardCharsets.UTF_8).length > Revisions.MAX_TEXT_BYTES) {
            throw new InputRejected(List.of("A draft can hold at most " + Revisions.MAX_TEXT_BYTES / 1024
                    + " KB of text; this one is longer. Shorten it or split the section."));
        }
        var draft = new SectionDraft(sectionId, Math.max(base, 1), text, clock.instant());
        drafts.keep(checked.person().key(), draft);
        return draft;
    }

    public Optional<SectionDraft> find(ProposalId proposalId, SectionId sectionId) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        return drafts.find(checked.person().key(), checked.proposal().section(sectionId).id());
    }

    public void discard(ProposalId proposalId, SectionId sectionId) {
        var checked = proposalAccess.toChange(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        drafts.discard(checked.person().key(), checked.proposal().section(sectionId).id());
    }
}
