package org.quire.proposal;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.revision.SaveOutcome;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Private drafts on the real store: kept, found only by their author, dropped by a save, kept on a conflict. */
@QuireIntegrationTest
class SectionDraftsIT {

    @Autowired
    SectionDrafts drafts;
    @Autowired
    SectionService sections;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;

    @BeforeEach
    void aProposal() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Drafts survive", List.of()));
        intro = proposal.currentSections().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aDraftIsKeptPerPersonAndReplacedByTheNextOne() {
        drafts.keep(proposal.id(), intro, 1, "First unsaved words.");
        drafts.keep(proposal.id(), intro, 1, "Second unsaved words.");

        assertThat(drafts.find(proposal.id(), intro)).hasValueSatisfying(draft -> {
            assertThat(draft.text()).isEqualTo("Second unsaved words.");
            assertThat(draft.base()).isEqualTo(1);
        });

        signInAs("staff");
        assertThat(drafts.find(proposal.id(), intro)).isEmpty();
    }

    @Test
    void savingDropsTheDraftAndAConflictKeepsTheCallersText() {
        drafts.keep(proposal.id(), intro, 1, "Telehealth visit of 20 minutes.");
        sections.save(proposal.id(), intro, 1, "Telehealth visit of 20 minutes.", "");
        assertThat(drafts.find(proposal.id(), intro)).isEmpty();

        signInAs("staff");
        sections.save(proposal.id(), intro, 2, "Telehealth visit of 30 minutes.", "");
        signInAs("member");
        var outcome = sections.save(proposal.id(), intro, 2, "Telehealth visit of 16 minutes.", "");

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflicted.class,
                conflict -> assertThat(conflict.resolution()).isEqualTo("Telehealth visit of 16 minutes."));
        assertThat(drafts.find(proposal.id(), intro)).hasValueSatisfying(draft -> {
            assertThat(draft.text()).isEqualTo("Telehealth visit of 16 minutes.");
            assertThat(draft.base()).isEqualTo(2);
        });
    }

    @Test
    void onlyPeopleWhoMayEditKeepDraftsAndTheSizeIsLimited() {
        assertThatThrownBy(() -> drafts.keep(proposal.id(), intro, 1, "x".repeat(600 * 1024)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("KB");

        signInAs("observer");
        assertThatThrownBy(() -> drafts.keep(proposal.id(), intro, 1, "Observers do not write."))
                .isInstanceOf(AccessRefused.class);
        signInAs("visitor");
        assertThatThrownBy(() -> drafts.find(proposal.id(), intro)).isInstanceOf(NoSuchElementException.class);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
