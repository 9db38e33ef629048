package org.quire.proposal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.descriptor.DescriptorConflict;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorSetDiff;
import org.quire.descriptor.DescriptorSetMerge;
import org.quire.descriptor.DescriptorValidation;
import org.quire.proposal.internal.DescriptorDraftStore;
import org.quire.proposal.internal.DescriptorMerger;
import org.quire.proposal.internal.DescriptorSetJson;
import org.quire.proposal.internal.ProposalStore;
import org.quire.proposal.internal.ReviewReadinessStore;
import org.quire.revision.HistoryPage;
import org.quire.revision.Revision;
import org.quire.revision.Revisions;
import org.quire.revision.SaveOutcome;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A proposal's descriptor set, revisioned like a section's text: read, save (merged descriptor by
 * descriptor when others saved since, never losing the caller's set), history, diff per descriptor
 * and restore. Every call checks the caller's role in the proposal's workgroup.
 */
@Service
public class DescriptorSetService {

    private final ProposalAccess proposalAccess;
    private final ProposalStore proposals;
    private final Revisions revisions;
    private final ReviewReadinessStore readiness;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DescriptorDraftStore drafts;
    private final Clock clock;

    DescriptorSetService(ProposalAccess proposalAccess, ProposalStore proposals, Revisions revisions,
            ReviewReadinessStore readiness, AuditTrail audit, ApplicationEventPublisher events,
            DescriptorDraftStore drafts, Clock clock) {
        this.proposalAccess = proposalAccess;
        this.proposals = proposals;
        this.revisions = revisions;
        this.readiness = readiness;
        this.audit = audit;
        this.events = events;
        this.drafts = drafts;
        this.clock = clock;
    }

    public CurrentDescriptorSet read(ProposalId proposalId) {
        var proposal = proposalAccess.toRead(proposalId).proposal();
        var head = headOf(proposal);
        var set = DescriptorSetJson.read(revisions.text(proposal.descriptorDocument(), head.number()));
        return new CurrentDescriptorSet(proposal, head, set, DescriptorValidation.validate(set),
                readiness.find(proposalId).orElse(null));
    }

    /** Saves {@code set} edited from revision {@code baseNumber}; see {@link DescriptorSaveOutcome}. */
    public DescriptorSaveOutcome save(ProposalId proposalId, int baseNumber, DescriptorSet set, String summary) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.EDIT_PROPOSAL);
        var document = checked.proposal().descriptorDocument();
        headOf(checked.proposal());
        var outcome = revisions.save(document, baseNumber, DescriptorSetJson.write(set), checked.person().key(),
                summary, DescriptorMerger.INSTANCE);
        var me = checked.person().key();
        if (outcome instanceof SaveOutcome.Conflicted) {
            drafts.keep(me, proposalId, new DescriptorDraft(baseNumber, set, clock.instant()));
        } else {
            drafts.discard(me, proposalId);
        }
        return recorded(checked, outcome, "descriptors.saved", set);
    }

    /** A new revision with the set of revision {@code number}, on top of {@code baseNumber}. */
    public DescriptorSaveOutcome restore(ProposalId proposalId, int number, int baseNumber) {
        var checked = proposalAccess.toEdit(proposalId, WorkgroupAction.RESTORE_REVISION);
        headOf(checked.proposal());
        var outcome = revisions.restore(checked.proposal().descriptorDocument(), number, baseNumber,
                checked.person().key(), DescriptorMerger.INSTANCE);
        return recorded(checked, outcome, "descriptors.restored", null);
    }

    public HistoryPage history(ProposalId proposalId, @Nullable Integer before, int pageSize) {
        var proposal = proposalAccess.toRead(proposalId).proposal();
        headOf(proposal);
        return revisions.history(proposal.descriptorDocument(), before, pageSize);
    }

    public Revision revision(ProposalId proposalId, int number) {
        return revisions.revision(readable(proposalId).descriptorDocument(), number);
    }

    public DescriptorSet setAt(ProposalId proposalId, int number) {
        return DescriptorSetJson.read(revisions.text(readable(proposalId).descriptorDocument(), number));
    }

    /** What changed from revision {@code from} to {@code to}, per descriptor. */
    public DescriptorSetDiff diff(ProposalId proposalId, int from, int to) {
        var document = readable(proposalId).descriptorDocument();
        return DescriptorSetDiff.between(DescriptorSetJson.read(revisions.text(document, from)),
                DescriptorSetJson.read(revisions.text(document, to)));
    }

    private Proposal readable(ProposalId proposalId) {
        var proposal = proposalAccess.toRead(proposalId).proposal();
        headOf(proposal);
        return proposal;
    }

    /**
     * The head revision; a proposal made before descriptor sets existed gets its empty set here, by
     * the system rather than the reader, so history shows no one as having written it.
     */
    private Revision headOf(Proposal proposal) {
        var document = proposal.descriptorDocument();
        return revisions.head(document).orElseGet(() -> {
            try {
                return revisions.create(document, DescriptorSetJson.write(DescriptorSet.EMPTY), PersonKey.SYSTEM,
                        "Descriptor set created");
            } catch (IllegalStateException createdMeanwhile) {
                return revisions.head(document).orElseThrow();
            }
        });
    }

    /**
     * @param sent the set as it was sent, when known: a plain save stores exactly it, so it is not
     *        read back
     */
    private DescriptorSaveOutcome recorded(ProposalAccess.Checked checked, SaveOutcome outcome, String action,
            @Nullable DescriptorSet sent) {
        var result = switch (outcome) {
            case SaveOutcome.Saved saved -> new DescriptorSaveOutcome.Saved(saved.revision(), sent != null ? sent
                    : DescriptorSetJson.read(revisions.text(saved.revision().document(), saved.revision().number())));
            case SaveOutcome.Merged merged -> new DescriptorSaveOutcome.Merged(merged.revision(),
                    DescriptorSetJson.read(revisions.text(merged.revision().document(), merged.revision().number())),
                    merged.mergedWith());
            case SaveOutcome.Conflicted conflicted -> conflictOf(conflicted);
            case SaveOutcome.Unchanged unchanged -> new DescriptorSaveOutcome.Unchanged(unchanged.head());
        };
        var revision = switch (result) {
            case DescriptorSaveOutcome.Saved saved -> saved.revision();
            case DescriptorSaveOutcome.Merged merged -> merged.revision();
            default -> null;
        };
        if (revision != null) {
            var me = checked.person().key();
            var proposal = checked.proposal();
            proposals.touch(proposal.id(), revision.at(), me);
            audit.record(AuditEntry.of(me, action, proposal.workgroup().value(), "descriptor-set",
                    proposal.id().value()).withChange("revision " + (revision.number() - 1),
                    "revision " + revision.number()));
            events.publishEvent(new ProposalChanged(proposal.id(), action, me, null, 0));
        }
        return result;
    }

    private static DescriptorSaveOutcome conflictOf(SaveOutcome.Conflicted conflicted) {
        var base = DescriptorSetJson.read(conflicted.base());
        var theirs = DescriptorSetJson.read(conflicted.theirs());
        var mine = DescriptorSetJson.read(conflicted.mine());
        var conflicts = DescriptorSetMerge.merge(base, theirs, mine) instanceof DescriptorSetMerge.Conflict c
                ? c.conflicts() : List.<DescriptorConflict>of();
        return new DescriptorSaveOutcome.Conflicted(conflicted.head(), theirs, mine, conflicts,
                DescriptorSetJson.read(conflicted.resolution()));
    }
}
