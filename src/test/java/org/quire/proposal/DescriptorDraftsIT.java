package org.quire.proposal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Private drafts of the descriptor form on the real store: per person, dropped by a save, kept on a conflict. */
@QuireIntegrationTest
class DescriptorDraftsIT {

    @Autowired
    DescriptorDrafts drafts;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    Descriptor visit = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine visit by live link");

    @BeforeEach
    void aProposal() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Descriptor drafts survive", List.of()));
        descriptorSets.save(proposal.id(), 1, set(visit), "");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aDraftIsKeptForItsAuthorOnlyAndReplacedByTheNextOne() {
        drafts.keep(proposal.id(), 2, set(visit.withText("Telemedicine visit by video")));
        drafts.keep(proposal.id(), 2, set(visit.withText("Telemedicine visit by live video")));

        assertThat(drafts.find(proposal.id())).hasValueSatisfying(draft -> {
            assertThat(draft.base()).isEqualTo(2);
            assertThat(draft.set().descriptors().getFirst().text()).isEqualTo("Telemedicine visit by live video");
        });
        signInAs("staff");
        assertThat(drafts.find(proposal.id())).isEmpty();
    }

    @Test
    void savingDropsTheDraftAndAConflictKeepsTheCallersSet() {
        drafts.keep(proposal.id(), 2, set(visit.withText("Telemedicine visit by video")));
        descriptorSets.save(proposal.id(), 2, set(visit.withText("Telemedicine visit by video")), "");
        assertThat(drafts.find(proposal.id())).isEmpty();

        signInAs("staff");
        descriptorSets.save(proposal.id(), 3, set(visit.withText("Telemedicine visit by a nurse")), "");
        signInAs("member");
        var outcome = descriptorSets.save(proposal.id(), 3, set(visit.withText("Telemedicine visit by a doctor")),
                "");

        assertThat(outcome).isInstanceOf(DescriptorSaveOutcome.Conflicted.class);
        assertThat(drafts.find(proposal.id())).hasValueSatisfying(draft -> {
            assertThat(draft.base()).isEqualTo(3);
            assertThat(draft.set().descriptors().getFirst().text()).isEqualTo("Telemedicine visit by a doctor");
        });
    }

    @Test
    void peopleWhoCannotEditKeepNoDrafts() {
        signInAs("observer");
        assertThatThrownBy(() -> drafts.keep(proposal.id(), 2, set(visit))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> drafts.find(proposal.id())).isInstanceOf(AccessRefused.class);
    }

    private static DescriptorSet set(Descriptor... descriptors) {
        return new DescriptorSet(List.of(new CodeFamily(new CodeFamilyId("visits"), "Telemedicine visits",
                List.of(descriptors))), Set.of());
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
