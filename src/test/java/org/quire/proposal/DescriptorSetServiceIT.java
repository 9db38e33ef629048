package org.quire.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorEdits;
import org.quire.descriptor.DescriptorField;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.internal.DemoProposal;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/** The descriptor set of a proposal through its services, on the real store, revisioned like a section. */
@QuireIntegrationTest
class DescriptorSetServiceIT {

    @Autowired
    ProposalService proposals;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    DescriptorReview review;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    WorkgroupId telehealth;
    Proposal proposal;

    @BeforeEach
    void aNewProposal() {
        signInAs("member");
        telehealth = workgroups.workgroup("telehealth").id();
        proposal = proposals.create(telehealth, new NewProposal("Descriptor set storage", List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aNewProposalStartsWithAnEmptySetThatSavesAsTheNextRevision() {
        var start = descriptorSets.read(proposal.id());
        assertThat(start.set()).isEqualTo(DescriptorSet.EMPTY);
        assertThat(start.head().number()).isEqualTo(1);

        var outcome = descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");

        assertThat(outcome).isInstanceOfSatisfying(DescriptorSaveOutcome.Saved.class,
                saved -> assertThat(saved.revision().number()).isEqualTo(2));
        var now = descriptorSets.read(proposal.id());
        assertThat(now.set()).isEqualTo(DemoDescriptors.telemedicine());
        assertThat(now.report().isClean()).isTrue();
        assertThat(descriptorSets.save(proposal.id(), 2, DemoDescriptors.telemedicine(), "again"))
                .isInstanceOf(DescriptorSaveOutcome.Unchanged.class);
    }

    @Test
    void savesOnAStaleBaseMergeDescriptorByDescriptorOrHandBackBothSets() {
        var base = DemoDescriptors.telemedicine();
        descriptorSets.save(proposal.id(), 1, base, "Visit codes");
        var first = base.descriptors().get(0);
        var second = base.descriptors().get(1);

        signInAs("staff");
        descriptorSets.save(proposal.id(), 2,
                DescriptorEdits.replace(base, first.withNotes(List.of("Report once per day"))), "a note");
        signInAs("member");
        var merged = descriptorSets.save(proposal.id(), 2,
                DescriptorEdits.replace(base, second.withText(second.text() + " with family present")), "text");

        assertThat(merged).isInstanceOf(DescriptorSaveOutcome.Merged.class);
        var current = descriptorSets.read(proposal.id()).set();
        assertThat(current.descriptor(first.id()).orElseThrow().notes()).containsExactly("Report once per day");
        assertThat(current.descriptor(second.id()).orElseThrow().text()).endsWith("with family present");

        var conflicted = descriptorSets.save(proposal.id(), 2,
                DescriptorEdits.replace(base, first.withNotes(List.of("Report twice at most"))), "clash");

        assertThat(conflicted).isInstanceOfSatisfying(DescriptorSaveOutcome.Conflicted.class, conflict -> {
            assertThat(conflict.conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.field()).isEqualTo(DescriptorField.NOTES));
            assertThat(conflict.resolution().descriptor(first.id()).orElseThrow().notes())
                    .containsExactly("Report twice at most");
            assertThat(conflict.resolution().descriptor(second.id()).orElseThrow().text())
                    .endsWith("with family present");
        });
        assertThat(descriptorSets.read(proposal.id()).head().number()).isEqualTo(4);
    }

    @Test
    void historyDiffPerDescriptorAndRestore() {
        var first = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in; brief");
        var set = DescriptorSet.EMPTY.withFamilies(List.of(CodeFamily.of("Check-ins", List.of(first))));
        descriptorSets.save(proposal.id(), 1, set, "One code");
        descriptorSets.save(proposal.id(), 2, DescriptorEdits.renameCode(set, first.id(), "9X0X2"), "Renumbered");

        var history = descriptorSets.history(proposal.id(), null, 10);
        assertThat(history.revisions()).extracting(r -> r.summary()).containsExactly("Renumbered", "One code",
                "Descriptor set created");
        var diff = descriptorSets.diff(proposal.id(), 2, 3);
        assertThat(diff.descriptors()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(DescriptorChange.Kind.CHANGED);
            assertThat(change.fields()).extracting(DescriptorChange.FieldChange::field)
                    .containsExactly(DescriptorField.CODE);
        });

        var restored = descriptorSets.restore(proposal.id(), 2, 3);

        assertThat(restored).isInstanceOf(DescriptorSaveOutcome.Saved.class);
        assertThat(descriptorSets.read(proposal.id()).set()).isEqualTo(set);
        assertThat(descriptorSets.setAt(proposal.id(), 3).descriptors().getFirst().code()).isEqualTo("9X0X2");
    }

    @Test
    void readyForReviewIsRefusedWhileTheSetHasErrorsAndLapsesWhenTheSetChanges() {
        var broken = Descriptor.of("9x0x1", DescriptorAction.NEW, "Telemedicine check-in");
        var set = DescriptorSet.EMPTY.withFamilies(List.of(CodeFamily.of("Check-ins", List.of(broken))));
        descriptorSets.save(proposal.id(), 1, set, "draft");

        assertThatThrownBy(() -> review.markReady(proposal.id(), 2)).isInstanceOfSatisfying(InputRejected.class,
                rejected -> assertThat(rejected.problems()).hasSize(2).last().asString().contains("9X0X1"));

        var fixed = DescriptorEdits.renameCode(set, broken.id(), "9X0X1");
        descriptorSets.save(proposal.id(), 2, fixed, "fixed");
        assertThatThrownBy(() -> review.markReady(proposal.id(), 2)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("changed since you looked");
        review.markReady(proposal.id(), 3);
        assertThat(descriptorSets.read(proposal.id()).readyForReview()).isTrue();

        descriptorSets.save(proposal.id(), 3, DescriptorEdits.replace(fixed,
                fixed.descriptors().getFirst().withFlags(Set.of())).withExternalCodes(Set.of("99202")), "more");
        var lapsed = descriptorSets.read(proposal.id());
        assertThat(lapsed.readyForReview()).isFalse();
        assertThat(lapsed.readiness()).isNotNull();

        review.withdraw(proposal.id());
        assertThat(descriptorSets.read(proposal.id()).readiness()).isNull();
    }

    @Test
    void observersReadTheSetButNeitherSaveNorMarkItAndOutsidersDoNotSeeIt() {
        signInAs("observer");
        assertThat(descriptorSets.read(proposal.id()).set()).isEqualTo(DescriptorSet.EMPTY);
        assertThatThrownBy(() -> descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "x"))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> review.markReady(proposal.id(), 1)).isInstanceOf(AccessRefused.class);

        signInAs("visitor");
        assertThatThrownBy(() -> descriptorSets.read(proposal.id())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theDemoProposalIsSeededWithTheTelemedicineSet() {
        var demo = proposals.list(telehealth).stream().filter(p -> p.title().equals(DemoProposal.TITLE))
                .findFirst().orElseThrow();

        var current = descriptorSets.read(demo.id());

        assertThat(current.set()).isEqualTo(DemoDescriptors.telemedicine());
        assertThat(current.report().isClean()).isTrue();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
