package org.quire.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.descriptor.DescriptorSetDiff;
import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.internal.MilestoneStore;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.proposal.SectionService;
import org.quire.proposal.StateChange;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Milestones of a proposal: made on entering a state or by hand, viewed as they were, compared. */
@Service
public class Milestones {

    private static final int ATTEMPTS = 3;

    private final MilestoneStore store;
    private final ProposalService proposals;
    private final ProposalStates states;
    private final SectionService sections;
    private final DescriptorSetService descriptorSets;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;

    Milestones(MilestoneStore store, ProposalService proposals, ProposalStates states, SectionService sections,
            DescriptorSetService descriptorSets, WorkgroupAccess access, CurrentPerson currentPerson,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.proposals = proposals;
        this.states = states;
        this.sections = sections;
        this.descriptorSets = descriptorSets;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Oldest first. */
    public List<Milestone> list(ProposalId id) {
        proposals.get(id);
        return store.ofProposal(id);
    }

    /** @throws NoSuchElementException for an unknown milestone, or one of a proposal the caller cannot read */
    public Milestone get(MilestoneId id) {
        var milestone = store.find(id).orElseThrow(() -> new NoSuchElementException("There is no such milestone."));
        proposals.get(milestone.proposal());
        return milestone;
    }

    /** Whether the signed-in person may make a milestone by hand (for showing the form only to them). */
    public boolean mayCapture(ProposalId id) {
        var proposal = proposals.get(id);
        return access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.CAPTURE_MILESTONE);
    }

    /** Freezes the proposal as readers see it now, under a name no other milestone of it has. */
    public Milestone capture(ProposalId id, String name) {
        var proposal = proposals.get(id);
        var me = currentPerson.require();
        access.require(me, proposal.workgroup(), WorkgroupAction.CAPTURE_MILESTONE, "proposal", id.value());
        var given = MilestoneNames.checked(name, store.ofProposal(id));
        try {
            return freeze(proposal, given, null, null, me.key());
        } catch (DuplicateKeyException meanwhile) {
            throw new InputRejected(MilestoneNames.alreadyUsed(given));
        }
    }

    /** Made by the lifecycle on entering COMMENT_PERIOD, WORKGROUP_APPROVAL or SUBMITTED, on Quire's behalf. */
    Milestone captureOnEntry(StateChange change) {
        var proposal = states.proposal(change.proposal());
        for (int attempt = 1; ; attempt++) {
            var name = MilestoneNames.onEntry(change, store.ofProposal(proposal.id()));
            try {
                return freeze(proposal, name, change.to(), change.at(), change.by());
            } catch (DuplicateKeyException meanwhile) {
                if (attempt == ATTEMPTS) {
                    throw meanwhile;
                }
            }
        }
    }

    /** The milestone as it was: its sections' texts at their frozen revisions, and its descriptor set. */
    public MilestoneContent content(MilestoneId id) {
        var milestone = get(id);
        var frozen = milestone.sections().stream().map(section -> new MilestoneContent.FrozenSection(section,
                sections.textAt(milestone.proposal(), section.id(), section.revision()))).toList();
        return new MilestoneContent(milestone, frozen,
                descriptorSets.setAt(milestone.proposal(), milestone.descriptorRevision()));
    }

    /**
     * What changed from milestone {@code from} to milestone {@code to}, or to the proposal as readers
     * see it today when {@code to} is {@code null}.
     */
    public MilestoneComparison compare(MilestoneId from, @Nullable MilestoneId to) {
        var older = get(from);
        var newer = to == null ? null : get(to);
        if (newer != null && !newer.proposal().equals(older.proposal())) {
            throw new InputRejected("These two milestones belong to different proposals.");
        }
        var proposal = older.proposal();
        List<MilestoneSection> newerSections;
        int newerDescriptors;
        if (newer != null) {
            newerSections = newer.sections();
            newerDescriptors = newer.descriptorRevision();
        } else {
            var heads = states.heads(proposal);
            newerSections = heads.sections().stream().map(head -> new MilestoneSection(head.id(), head.kind(),
                    head.title(), head.revision())).toList();
            newerDescriptors = heads.descriptorRevision();
        }
        var changes = SectionMatching.compare(older.sections(), newerSections,
                (section, fromRevision, toRevision) -> sections.diff(proposal, section, fromRevision, toRevision));
        var descriptors = older.descriptorRevision() == newerDescriptors
                ? new DescriptorSetDiff(List.of(), List.of(), Set.of(), Set.of())
                : descriptorSets.diff(proposal, older.descriptorRevision(), newerDescriptors);
        return new MilestoneComparison(proposal, older, newer, changes, older.descriptorRevision(), newerDescriptors,
                descriptors);
    }

    private Milestone freeze(Proposal proposal, String name, @Nullable ProposalState entered,
            @Nullable Instant enteredAt, PersonKey by) {
        var heads = states.heads(proposal.id());
        var frozen = heads.sections().stream().map(head -> new MilestoneSection(head.id(), head.kind(), head.title(),
                head.revision())).toList();
        var saved = store.insert(new Milestone(new MilestoneId("new"), proposal.id(), proposal.workgroup(), name,
                entered, enteredAt, frozen, heads.descriptorRevision(), by,
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        audit.record(AuditEntry.of(by, "milestone.captured", proposal.workgroup().value(), "milestone",
                saved.id().value()).withChange(null, name));
        return saved;
    }
}
