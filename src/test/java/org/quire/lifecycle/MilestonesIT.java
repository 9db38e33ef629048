package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditTrail;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorEdits;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.MilestoneComparison.SectionChange;
import org.quire.lifecycle.MilestoneComparison.Status;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.proposal.SectionService;
import org.quire.proposal.StateChange;
import org.quire.revision.DiffSegment;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Milestones on the real store: one made by hand, then a section renamed, one moved to the top, one
 * removed, one added, a text and a descriptor edited, a second milestone, and what the comparison
 * and the first milestone's content say then.
 */
@QuireIntegrationTest
class MilestonesIT {

    @Autowired
    Milestones milestones;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    CommentPeriods periods;
    @Autowired
    ProposalStates states;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId introduction;
    SectionId rationale;
    SectionId vignette;
    SectionId description;
    SectionId references;

    @BeforeEach
    void aProposalWithTextAndDescriptors() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring codes", List.of(1)));
        var ids = proposal.currentSections().stream().map(s -> s.id()).toList();
        introduction = ids.get(0);
        rationale = ids.get(1);
        vignette = ids.get(2);
        description = ids.get(3);
        references = ids.get(4);
        write(introduction, "Remote monitoring is growing.");
        write(rationale, "The old rationale cites two studies.");
        write(vignette, "A patient at home sends readings.");
        write(description, "The physician reviews the readings weekly.");
        write(references, "1. A study of monitoring.");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aComparisonNamesRemovedMovedRenamedAddedAndChangedSectionsAndTheDescriptorChanges() {
        var first = milestones.capture(proposal.id(), "Before the rewrite");
        proposals.renameSection(proposal.id(), vignette, "Clinical vignettes");
        proposals.moveSection(proposal.id(), references, -4);
        proposals.removeSection(proposal.id(), description);
        var added = proposals.addSection(proposal.id(), SectionKind.OTHER, "Coding notes").currentSections()
                .getLast().id();
        write(added, "Report once a month.");
        write(rationale, "The new rationale cites two studies.");
        var set = DemoDescriptors.telemedicine();
        var changedDescriptor = set.descriptors().getFirst();
        descriptorSets.save(proposal.id(), 2, DescriptorEdits.replace(set,
                changedDescriptor.withText(changedDescriptor.text() + " with a caregiver present")), "Caregivers");
        var second = milestones.capture(proposal.id(), "After the rewrite");

        var comparison = milestones.compare(first.id(), second.id());

        assertThat(comparison.sections()).extracting(SectionChange::title, SectionChange::statuses).containsExactly(
                tuple("References", Set.of(Status.MOVED)),
                tuple("Introductory language", Set.of(Status.UNCHANGED)),
                tuple("Rationale", Set.of(Status.CHANGED)),
                tuple("Clinical vignettes", Set.of(Status.RENAMED)),
                tuple("Description of service", Set.of(Status.REMOVED)),
                tuple("Coding notes", Set.of(Status.ADDED)));
        var moved = comparison.sections().getFirst();
        assertThat(List.of(moved.positionBefore(), moved.positionAfter())).containsExactly(5, 1);
        var renamed = comparison.sections().get(3);
        assertThat(renamed.before().title()).isEqualTo("Clinical vignette");
        var changed = comparison.sections().get(2).diff();
        assertThat(changed).isNotNull();
        assertThat(changed.segments()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "old"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "new"));
        assertThat(comparison.descriptorsFrom()).isEqualTo(2);
        assertThat(comparison.descriptorsTo()).isEqualTo(3);
        assertThat(comparison.descriptors().descriptors()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(changedDescriptor.id());
            assertThat(change.kind()).isEqualTo(DescriptorChange.Kind.CHANGED);
        });
        assertThat(comparison.unchanged()).isFalse();
    }

    @Test
    void theFirstMilestoneStillReadsAsItWasWithTheRemovedSectionInItsOldPlace() {
        var first = milestones.capture(proposal.id(), "Before the rewrite");
        proposals.moveSection(proposal.id(), references, -4);
        proposals.removeSection(proposal.id(), description);
        proposals.renameSection(proposal.id(), vignette, "Clinical vignettes");
        write(rationale, "The new rationale cites two studies.");
        descriptorSets.save(proposal.id(), 2, DescriptorEdits.remove(DemoDescriptors.telemedicine(),
                DemoDescriptors.telemedicine().descriptors().getFirst().id()), "One fewer");

        var content = milestones.content(first.id());

        assertThat(content.sections()).extracting(s -> s.section().title(), MilestoneContent.FrozenSection::text)
                .containsExactly(tuple("Introductory language", "Remote monitoring is growing."),
                        tuple("Rationale", "The old rationale cites two studies."),
                        tuple("Clinical vignette", "A patient at home sends readings."),
                        tuple("Description of service", "The physician reviews the readings weekly."),
                        tuple("References", "1. A study of monitoring."));
        assertThat(content.sections()).extracting(s -> s.section().kind()).contains(SectionKind.DESCRIPTION_OF_SERVICE);
        assertThat(content.descriptors()).isEqualTo(DemoDescriptors.telemedicine());
        assertThat(milestones.get(first.id())).isEqualTo(first);
    }

    @Test
    void comparedWithTodayAMilestoneShowsWhatChangedSince() {
        var first = milestones.capture(proposal.id(), "Sent round");
        assertThat(milestones.compare(first.id(), null).unchanged()).isTrue();

        write(introduction, "Remote monitoring is growing fast.");
        proposals.removeSection(proposal.id(), references);

        var today = milestones.compare(first.id(), null);

        assertThat(today.to()).isNull();
        assertThat(today.sections()).extracting(SectionChange::id, SectionChange::statuses).containsExactly(
                tuple(introduction, Set.of(Status.CHANGED)), tuple(rationale, Set.of(Status.UNCHANGED)),
                tuple(vignette, Set.of(Status.UNCHANGED)), tuple(description, Set.of(Status.UNCHANGED)),
                tuple(references, Set.of(Status.REMOVED)));
        assertThat(today.sections().getFirst().diff().segments())
                .contains(new DiffSegment(DiffSegment.Kind.INSERTED, " fast"));
        assertThat(today.descriptors().isEmpty()).isTrue();
        assertThat(today.descriptorsTo()).isEqualTo(2);
    }

    @Test
    void milestonesMadeOnEnteringAStateAreNamedAfterItAndListedOldestFirst() {
        signInAs("staff");
        var staff = new PersonKey(signIn.issuer(), "staff");
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(14)),
                CommentAudience.EVERY_COMMENTER);
        var entered = states.timeline(proposal.id()).getLast();
        periods.close(period.id());
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        milestones.capture(proposal.id(), "For workgroup approval 2");
        var approval = milestones.captureOnEntry(new StateChange(proposal.id(), ProposalState.REVISING,
                ProposalState.WORKGROUP_APPROVAL, staff, Instant.parse("2027-03-01T10:00:00Z"), ""));
        var approvalAgain = milestones.captureOnEntry(new StateChange(proposal.id(), ProposalState.REVISING,
                ProposalState.WORKGROUP_APPROVAL, staff, Instant.parse("2027-03-02T10:00:00Z"), ""));
        var submitted = milestones.captureOnEntry(new StateChange(proposal.id(), ProposalState.WORKGROUP_APPROVAL,
                ProposalState.SUBMITTED, PersonKey.SYSTEM, Instant.parse("2027-03-05T23:30:00Z"), ""));

        var all = milestones.list(proposal.id());

        assertThat(all).extracting(Milestone::name).containsExactly("Draft for comment period 1",
                "Draft for comment period 2", "For workgroup approval 2", "For workgroup approval 1",
                "For workgroup approval 2 (2)", "Submitted 05 Mar 2027");
        var firstPeriod = all.getFirst();
        assertThat(firstPeriod.entered()).isEqualTo(ProposalState.COMMENT_PERIOD);
        assertThat(firstPeriod.enteredAt()).isEqualTo(entered.at());
        assertThat(firstPeriod.by()).isEqualTo(staff);
        assertThat(firstPeriod.sections()).extracting(MilestoneSection::id)
                .containsExactly(introduction, rationale, vignette, description, references);
        assertThat(firstPeriod.sections()).allSatisfy(s -> assertThat(s.revision()).isEqualTo(2));
        assertThat(firstPeriod.descriptorRevision()).isEqualTo(2);
        assertThat(all.get(2).entered()).isNull();
        assertThat(approval.entered()).isEqualTo(ProposalState.WORKGROUP_APPROVAL);
        assertThat(approvalAgain.enteredAt()).isEqualTo(Instant.parse("2027-03-02T10:00:00Z"));
        assertThat(submitted.by()).isEqualTo(PersonKey.SYSTEM);
        assertThat(audit.ofActor(PersonKey.SYSTEM, 50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("milestone.captured");
            assertThat(event.objectId()).isEqualTo(submitted.id().value());
        });
    }

    @Test
    void namesMustBeGivenShortEnoughOnOneLineAndNotTaken() {
        milestones.capture(proposal.id(), "Draft 1");

        assertThatThrownBy(() -> milestones.capture(proposal.id(), "   ")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("Give the milestone a name");
        assertThatThrownBy(() -> milestones.capture(proposal.id(), "x".repeat(Milestone.MAX_NAME + 1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 120 characters; this one has 121");
        assertThatThrownBy(() -> milestones.capture(proposal.id(), " draft 1 ")).isInstanceOf(InputRejected.class)
                .hasMessage("This proposal already has a milestone named \"draft 1\": choose another name.");
        assertThatThrownBy(() -> milestones.capture(proposal.id(), "Draft\n2")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("one line");
        var longest = milestones.capture(proposal.id(), "y".repeat(Milestone.MAX_NAME));
        assertThat(longest.name()).hasSize(Milestone.MAX_NAME);
        assertThat(milestones.list(proposal.id())).hasSize(2);
    }

    @Test
    void observersReadMilestonesButMakeNoneAndOutsidersSeeNothing() {
        var made = milestones.capture(proposal.id(), "Draft 1");
        assertThat(milestones.mayCapture(proposal.id())).isTrue();

        signInAs("observer");
        assertThat(milestones.list(proposal.id())).containsExactly(made);
        assertThat(milestones.mayCapture(proposal.id())).isFalse();
        assertThatThrownBy(() -> milestones.capture(proposal.id(), "Mine")).isInstanceOf(AccessRefused.class);

        signInAs("visitor");
        assertThatThrownBy(() -> milestones.get(made.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> milestones.list(proposal.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> milestones.get(new MilestoneId("nope"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> milestones.get(new MilestoneId(new ObjectId().toHexString())))
                .isInstanceOf(NoSuchElementException.class);
    }

    private void write(SectionId section, String text) {
        var head = sections.read(proposal.id(), section).head().number();
        sections.save(proposal.id(), section, head, text, "");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
