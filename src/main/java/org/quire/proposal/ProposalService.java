package org.quire.proposal;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.internal.DescriptorSetJson;
import org.quire.proposal.internal.ProposalNumbers;
import org.quire.proposal.internal.ProposalStore;
import org.quire.revision.Revisions;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Creating and listing proposals, and arranging their sections. */
@Service
public class ProposalService {

    /** The sections a new proposal starts with, in the order of a code change application. */
    static final List<SectionKind> STARTING_SECTIONS = List.of(SectionKind.INTRODUCTORY_LANGUAGE,
            SectionKind.RATIONALE, SectionKind.CLINICAL_VIGNETTE, SectionKind.DESCRIPTION_OF_SERVICE,
            SectionKind.REFERENCES);
    private static final int ATTEMPTS = 3;

    private final ProposalStore proposals;
    private final ProposalNumbers numbers;
    private final ProposalAccess proposalAccess;
    private final WorkgroupAccess access;
    private final WorkgroupService workgroups;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalStore proposals, ProposalNumbers numbers, ProposalAccess proposalAccess,
            WorkgroupAccess access, WorkgroupService workgroups, CurrentPerson currentPerson, PersonDirectory people,
            Revisions revisions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.numbers = numbers;
        this.proposalAccess = proposalAccess;
        this.access = access;
        this.workgroups = workgroups;
        this.currentPerson = currentPerson;
        this.people = people;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Proposal create(WorkgroupId workgroupId, NewProposal request) {
        var me = currentPerson.require();
        access.require(me, workgroupId, WorkgroupAction.CREATE_PROPOSAL, "proposal", "new");
        var workgroup = workgroups.workgroup(workgroupId);
        for (int item : request.chargeItems()) {
            if (item < 1 || item > workgroup.charge().size()) {
                throw new InputRejected("The workgroup's charge has items 1 to " + workgroup.charge().size() + ".");
            }
        }
        var number = numbers.next(workgroupId.value(), workgroup.proposalPrefix(), Year.now(clock).getValue());
        var sections = STARTING_SECTIONS.stream()
                .map(kind -> new Section(SectionId.random(), kind, kind.label(), null)).toList();
        var created = proposals.insert(new Proposal(new ProposalId("new"), workgroupId, number, request.title(),
                request.chargeItems(), ProposalState.DRAFTING, sections, false, clock.instant(), me.key(), 0));
        sections.forEach(section -> revisions.create(section.document(), "", me.key(), "Section created"));
        revisions.create(created.descriptorDocument(), DescriptorSetJson.write(DescriptorSet.EMPTY), me.key(),
                "Descriptor set created");
        audit.record(AuditEntry.of(me.key(), "proposal.created", workgroupId.value(), "proposal", created.id().value())
                .withChange(null, number + " " + request.title()));
        events.publishEvent(new ProposalCreated(created.id(), workgroupId, number, me.key()));
        return created;
    }

    /** The workgroup's proposals the signed-in person may read, most recently changed first. */
    public List<ProposalListing> list(WorkgroupId workgroupId) {
        var me = currentPerson.require();
        access.require(me, workgroupId, WorkgroupAction.VIEW_WORKGROUP, "workgroup", workgroupId.value());
        return proposals.ofWorkgroup(workgroupId).stream()
                .filter(p -> access.allows(me, workgroupId, ProposalAccess.readAction(p)))
                .map(p -> new ProposalListing(p.id(), p.number(), p.title(), p.state(), p.lastChangedAt(),
                        people.find(p.lastChangedBy()).map(person -> person.name()).orElse(p.lastChangedBy().subject())))
                .toList();
    }

    public boolean mayCreate(WorkgroupId workgroupId) {
        return access.allows(currentPerson.require(), workgroupId, WorkgroupAction.CREATE_PROPOSAL);
    }

    public Proposal get(ProposalId id) {
        return proposalAccess.toRead(id).proposal();
    }

    /** What the signed-in person may do to this proposal, for showing only the controls that work. */
    public ProposalPermissions permissions(ProposalId id) {
        var checked = proposalAccess.toRead(id);
        boolean editable = checked.proposal().state().allowsEditing();
        return new ProposalPermissions(
                editable && proposalAccess.mayDo(checked.person(), checked.proposal(), WorkgroupAction.EDIT_PROPOSAL),
                editable && proposalAccess.mayDo(checked.person(), checked.proposal(), WorkgroupAction.RESTORE_REVISION));
    }

    public Proposal addSection(ProposalId id, SectionKind kind, String title) {
        var section = new Section(SectionId.random(), kind, validTitle(title), null);
        var changed = change(id, "proposal.section-added", section.title(), proposal -> {
            var sections = new ArrayList<>(proposal.sections());
            sections.add(section);
            return withSections(proposal, sections);
        });
        revisions.create(section.document(), "", currentPerson.require().key(), "Section created");
        return changed;
    }

    public Proposal renameSection(ProposalId id, SectionId sectionId, String title) {
        var newTitle = validTitle(title);
        return change(id, "proposal.section-renamed", newTitle, proposal -> withSections(proposal,
                proposal.sections().stream().map(s -> s.id().equals(sectionId) ? s.renamed(newTitle) : s).toList()));
    }

    /** Moves a section {@code by} places among the sections readers see (negative: earlier). */
    public Proposal moveSection(ProposalId id, SectionId sectionId, int by) {
        return change(id, "proposal.section-moved", sectionId + " by " + by,
                proposal -> withSections(proposal, SectionOrder.move(proposal.sections(), sectionId, by)));
    }

    /** Removal is recorded, not destructive: {@link #undoRemoval} brings the section back with its history. */
    public Proposal removeSection(ProposalId id, SectionId sectionId) {
        var removal = new Section.Removal(currentPerson.require().key(), clock.instant());
        return change(id, "proposal.section-removed", sectionId.value(), proposal -> withSections(proposal,
                proposal.sections().stream().map(s -> s.id().equals(sectionId) ? s.withRemoval(removal) : s).toList()));
    }

    public Proposal undoRemoval(ProposalId id, SectionId sectionId) {
        return change(id, "proposal.section-restored", sectionId.value(), proposal -> withSections(proposal,
                proposal.sections().stream().map(s -> s.id().equals(sectionId) ? s.withRemoval(null) : s).toList()));
    }

    private Proposal change(ProposalId id, String action, String after, UnaryOperator<Proposal> edit) {
        for (int attempt = 1; ; attempt++) {
            var checked = proposalAccess.toEdit(id, WorkgroupAction.EDIT_PROPOSAL);
            var me = checked.person().key();
            var edited = edit.apply(checked.proposal());
            var touched = new Proposal(edited.id(), edited.workgroup(), edited.number(), edited.title(),
                    edited.chargeItems(), edited.state(), edited.sections(), edited.openedForComment(),
                    clock.instant(), me, edited.version());
            try {
                var saved = proposals.update(touched);
                audit.record(AuditEntry.of(me, action, saved.workgroup().value(), "proposal", id.value())
                        .withChange(null, after));
                events.publishEvent(ProposalChanged.ofProposal(id, action, me));
                return saved;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChange("Others changed this proposal at the same moment. Reload and try again.");
                }
            }
        }
    }

    private static Proposal withSections(Proposal proposal, List<Section> sections) {
        return new Proposal(proposal.id(), proposal.workgroup(), proposal.number(), proposal.title(),
                proposal.chargeItems(), proposal.state(), sections, proposal.openedForComment(),
                proposal.lastChangedAt(), proposal.lastChangedBy(), proposal.version());
    }

    private static String validTitle(String title) {
        var stripped = title.strip();
        if (stripped.isEmpty() || stripped.length() > Section.MAX_TITLE) {
            throw new InputRejected("A section title must be 1 to " + Section.MAX_TITLE + " characters.");
        }
        return stripped;
    }
}
