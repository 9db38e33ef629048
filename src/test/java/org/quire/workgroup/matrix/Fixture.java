package org.quire.workgroup.matrix;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.comment.CommentThread;
import org.quire.comment.CommentThreads;
import org.quire.comment.Suggestions;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorId;
import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.identity.InterestKind;
import org.quire.workgroup.NewParticipationRequest;
import org.quire.workgroup.OrganizationKind;
import org.quire.workgroup.ParticipationRequestId;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupRole;

/**
 * What one operation acts on: a workgroup of its own and, made by staff when first asked for, a
 * proposal whose first section has two revisions, and a pending participation request by the
 * person with no role.
 */
final class Fixture {

    static final String FIRST_TEXT = "The first saved text of the section.";

    private final MatrixWorld world;
    private final Workgroup workgroup;
    private final Workgroup otherWorkgroup;
    private @Nullable Proposal proposal;
    private @Nullable CommentThread thread;
    private @Nullable CommentThread suggestion;
    private @Nullable DescriptorId descriptor;
    private @Nullable CommentPeriod period;
    private @Nullable CommentThread commenterThread;
    private @Nullable ParticipationRequestId pendingRequest;

    Fixture(MatrixWorld world, Workgroup workgroup, Workgroup otherWorkgroup) {
        this.world = world;
        this.workgroup = workgroup;
        this.otherWorkgroup = otherWorkgroup;
    }

    <T> T bean(Class<T> type) {
        return world.beans.getBean(type);
    }

    Workgroup workgroup() {
        return workgroup;
    }

    WorkgroupId workgroupId() {
        return workgroup.id();
    }

    Workgroup otherWorkgroup() {
        return otherWorkgroup;
    }

    private final java.util.Map<String, Object> made = new java.util.HashMap<>();

    /** Something an operation file makes for itself, made once per fixture under {@code name}. */
    @SuppressWarnings("unchecked")
    <T> T once(String name, java.util.concurrent.Callable<T> make) {
        if (!made.containsKey(name)) {
            try {
                made.put(name, make.call());
            } catch (Exception failed) {
                throw new IllegalStateException("Arranging " + name + " failed", failed);
            }
        }
        return (T) made.get(name);
    }

    /** Arranges more of the fixture as {@code persona} (the operation files of later features use it). */
    <T> T as(Persona persona, java.util.concurrent.Callable<T> work) {
        return world.as(persona, work);
    }

    PersonKey key(Persona persona) {
        return world.key(persona);
    }

    Proposal proposal() {
        if (proposal == null) {
            proposal = world.as(Persona.STAFF, () -> {
                var created = bean(ProposalService.class).create(workgroup.id(),
                        new NewProposal("Matrix proposal", List.of(1)));
                var first = created.currentSections().getFirst().id();
                bean(SectionService.class).save(created.id(), first, 1, FIRST_TEXT, "First text");
                return created;
            });
        }
        return proposal;
    }

    SectionId section() {
        return proposal().currentSections().getFirst().id();
    }

    /** The head revision of {@link #section()}. */
    int head() {
        return 2;
    }

    /** A whole-proposal thread started by staff on {@link #proposal()}. */
    CommentThread thread() {
        if (thread == null) {
            var of = proposal();
            thread = world.as(Persona.STAFF, () -> bean(CommentThreads.class).startOnProposal(of.id(),
                    "A first remark by staff."));
        }
        return thread;
    }

    /** A pending suggestion by staff: "second" for "first" in {@link #FIRST_TEXT}. */
    CommentThread suggestion() {
        if (suggestion == null) {
            var of = proposal();
            suggestion = world.as(Persona.STAFF, () -> bean(Suggestions.class).suggest(of.id(), section(), head(), 4,
                    9, "second", "Reads better."));
        }
        return suggestion;
    }

    /** A descriptor of {@link #proposal()}'s set, which staff saved with this one code. */
    DescriptorId descriptor() {
        if (descriptor == null) {
            var of = proposal();
            var code = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in");
            world.as(Persona.STAFF, () -> bean(DescriptorSetService.class).save(of.id(), 1, DescriptorSet.EMPTY
                    .withFamilies(List.of(CodeFamily.of("Check-ins", List.of(code)))), "One code"));
            descriptor = code.id();
        }
        return descriptor;
    }

    /** A comment period of {@link #proposal()} opening tomorrow, so the proposal stays a draft. */
    CommentPeriod period() {
        if (period == null) {
            var of = proposal();
            var opens = Instant.now().plus(Duration.ofDays(1));
            period = world.as(Persona.STAFF, () -> bean(CommentPeriods.class).open(of.id(), opens,
                    opens.plus(Duration.ofDays(14)), CommentAudience.EVERY_COMMENTER));
        }
        return period;
    }

    /**
     * A whole-proposal thread the commenter started on a second proposal, open for comment for two
     * hours (so {@link #proposal()} stays a draft commenters cannot read).
     */
    CommentThread commenterThread() {
        if (commenterThread == null) {
            var commented = world.as(Persona.STAFF, () -> {
                var created = bean(ProposalService.class).create(workgroup.id(),
                        new NewProposal("Matrix proposal open for comment", List.of(1)));
                bean(CommentPeriods.class).open(created.id(), Instant.now(), Instant.now().plus(Duration.ofHours(2)),
                        CommentAudience.EVERY_COMMENTER);
                return created;
            });
            commenterThread = world.as(Persona.COMMENTER, () -> bean(CommentThreads.class)
                    .startOnProposal(commented.id(), "A remark by a commenter."));
        }
        return commenterThread;
    }

    ParticipationRequestId pendingRequest() {
        if (pendingRequest == null) {
            pendingRequest = world.as(Persona.NO_ROLE, () -> bean(ParticipationRequests.class)
                    .request(workgroup.id(), participationDetails()).id());
        }
        return pendingRequest;
    }

    static NewParticipationRequest participationDetails() {
        return new NewParticipationRequest(OrganizationKind.SPECIALTY_SOCIETY, "Society of Matrix Medicine",
                "We represent clinicians who deliver care remotely.", "Years of remote monitoring.",
                WorkgroupRole.COMMENTER, InterestKind.NONE, "");
    }
}
