package org.quire.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.proposal.internal.DraftStore;
import org.quire.proposal.internal.ProposalStore;
import org.quire.revision.BlameLine;
import org.quire.revision.HistoryPage;
import org.quire.revision.Revision;
import org.quire.revision.Revisions;
import org.quire.revision.SaveOutcome;
import org.quire.revision.TextDiff;
import org.quire.revision.TextMerge;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The text of sections: reading, saving (never losing the caller's text: see {@link SaveOutcome}),
 * history, diff, blame and restore. Every call checks the caller's role in the proposal's workgroup.
 */
@Service
public class SectionService {

    public static final int MAX_SUMMARY = 300;

    private final ProposalAccess proposalAccess;
    private final ProposalStore proposals;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DraftStore drafts;
    private final Clock clock;

    SectionService(ProposalAccess proposalAccess, ProposalStore proposals, Revisions revisions, AuditTrail audit,
            ApplicationEventPublisher events, DraftStore drafts, Clock clock) {
        this.proposalAccess = proposalAccess;
        this.proposals = proposals;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.drafts = drafts;
        this.clock = clock;
    }

    public SectionText read(ProposalId proposalId, SectionId sectionId) {
        var proposal = proposalAccess.toRead(proposalId).proposal();
        return textOf(proposal, proposal.section(sectionId));
    }

    /** The current text of every section a reader sees, in order, behind one access check. */
    public List<SectionText> readAll(ProposalId proposalId) {
        var proposal = proposalAccess.toRead(proposalId).proposal();
        return proposal.currentSections().stream().map(section -> textOf(proposal, section)).toList();
    }

    private SectionText textOf(Proposal proposal, Section section) {
        var head = revisions.head(section.document()).orElseThrow();
        return new SectionText(proposal, section, head, revisions.text(section.document(), head.number()));
    }

    /**
     * Saves {@code text} written on top of revision {@code baseNumber}. If others saved since, their
     * changes and the caller's are merged; where they overlap nothing is saved, the outcome holds
     * both texts and the caller's text is kept as their private draft until they resolve it.
     */
    public SaveOutcome save(ProposalId proposalId, SectionId sectionId, int baseNumber, String text, String summary) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        var section = checked.proposal().section(sectionId);
        var me = checked.person().key();
        var outcome = revisions.save(section.document(), baseNumber, text, me, summary);
        switch (outcome) {
            case SaveOutcome.Conflicted conflicted ->
                    drafts.keep(me, new SectionDraft(sectionId, baseNumber, text, clock.instant()));
            case SaveOutcome.Saved saved -> drafts.discard(me, sectionId);
            case SaveOutcome.Merged merged -> drafts.discard(me, sectionId);
            case SaveOutcome.Unchanged unchanged -> drafts.discard(me, sectionId);
        }
        recordNewRevision(checked, section, outcome, "section.saved");
        return outcome;
    }

    /**
     * Refuses, before anything is written, suggested texts that would not merge cleanly with what was
     * saved since their base (naming each such section), or that would make a section too long.
     * A MEMBER accepting several suggestions checks them all here first, so all apply or none do.
     */
    public void checkSuggestions(ProposalId proposalId, List<SuggestedText> texts) {
        var proposal = proposalAccess.toEdit(proposalId, WorkgroupAction.DECIDE_SUGGESTIONS).proposal();
        var problems = new ArrayList<String>();
        for (var suggested : texts) {
            var section = proposal.section(suggested.section());
            if (suggested.text().getBytes(StandardCharsets.UTF_8).length > Revisions.MAX_TEXT_BYTES) {
                problems.add("“" + section.title() + "” would grow beyond what a section holds.");
                continue;
            }
            var head = revisions.head(section.document()).orElseThrow();
            if (suggested.baseNumber() < head.number() && TextMerge.merge(revisions.text(section.document(),
                    suggested.baseNumber()), revisions.text(section.document(), head.number()),
                    suggested.text()) instanceof TextMerge.Conflict) {
                problems.add("“" + section.title() + "” was changed since, in the same place (revision "
                        + head.number() + "): look at the suggestions there again.");
            }
        }
        if (!problems.isEmpty()) {
            problems.addFirst("Nothing was applied.");
            throw new InputRejected(problems);
        }
    }

    /**
     * Saves a section's text with accepted suggestions applied, through the same merge as any save,
     * as a revision crediting the suggesters. Unlike {@link #save}, a conflict keeps no draft (the
     * text is not the caller's writing): it is refused, and nothing is written.
     *
     * @return the new revision, or the head when the text already reads so
     */
    public Revision applySuggestions(ProposalId proposalId, SuggestedText suggested) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.DECIDE_SUGGESTIONS);
        var section = checked.proposal().section(suggested.section());
        var outcome = revisions.saveSuggested(section.document(), suggested.baseNumber(), suggested.text(),
                checked.person().key(), suggested.summary(), suggested.suggestedBy());
        recordNewRevision(checked, section, outcome, "section.suggestions-applied");
        return switch (outcome) {
            case SaveOutcome.Saved saved -> saved.revision();
            case SaveOutcome.Merged merged -> merged.revision();
            case SaveOutcome.Unchanged unchanged -> unchanged.head();
            case SaveOutcome.Conflicted conflicted -> throw new ConcurrentChange("“" + section.title()
                    + "” was changed in the same place just now; nothing was applied there. Reload and try again.");
        };
    }

    /** A new revision with the text of revision {@code number}, on top of {@code baseNumber}. */
    public SaveOutcome restore(ProposalId proposalId, SectionId sectionId, int number, int baseNumber) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.RESTORE_REVISION);
        var section = checked.proposal().section(sectionId);
        var outcome = revisions.restore(section.document(), number, baseNumber, checked.person().key());
        recordNewRevision(checked, section, outcome, "section.restored");
        return outcome;
    }

    public HistoryPage history(ProposalId proposalId, SectionId sectionId, @Nullable Integer before, int pageSize) {
        return revisions.history(readable(proposalId, sectionId).document(), before, pageSize);
    }

    public Revision revision(ProposalId proposalId, SectionId sectionId, int number) {
        return revisions.revision(readable(proposalId, sectionId).document(), number);
    }

    public String textAt(ProposalId proposalId, SectionId sectionId, int number) {
        return revisions.text(readable(proposalId, sectionId).document(), number);
    }

    public TextDiff diff(ProposalId proposalId, SectionId sectionId, int from, int to) {
        return revisions.diff(readable(proposalId, sectionId).document(), from, to);
    }

    public List<BlameLine> blame(ProposalId proposalId, SectionId sectionId, int number) {
        return revisions.blame(readable(proposalId, sectionId).document(), number);
    }

    private Section readable(ProposalId proposalId, SectionId sectionId) {
        return proposalAccess.toRead(proposalId).proposal().section(sectionId);
    }

    private void recordNewRevision(ProposalAccess.Checked checked, Section section, SaveOutcome outcome,
            String action) {
        var revision = switch (outcome) {
            case SaveOutcome.Saved saved -> saved.revision();
            case SaveOutcome.Merged merged -> merged.revision();
            case SaveOutcome.Conflicted conflicted -> null;
            case SaveOutcome.Unchanged unchanged -> null;
        };
        if (revision == null) {
            return;
        }
        var me = checked.person().key();
        var proposal = checked.proposal();
        proposals.touch(proposal.id(), revision.at(), me);
        audit.record(AuditEntry.of(me, action, proposal.workgroup().value(), "section", section.id().value())
                .withChange("revision " + (revision.number() - 1), "revision " + revision.number()));
        events.publishEvent(new ProposalChanged(proposal.id(), action, me, section.id(), revision.number()));
    }
}
