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
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proposals and sections through the services, on the real store, as each demo role. */
@QuireIntegrationTest
class ProposalServiceIT {

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    WorkgroupId telehealth;

    @BeforeEach
    void signInAsMember() {
        signInAs("member");
        telehealth = workgroups.workgroup("telehealth").id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aMemberCreatesAProposalNumberedByTheWorkgroupWithTheUsualSections() {
        var first = proposals.create(telehealth, new NewProposal("Remote physiologic data review", List.of(2)));
        var second = proposals.create(telehealth, new NewProposal("Audio-only follow-up", List.of(1, 3)));

        assertThat(first.number()).matches("TH-\\d{4}-\\d{3}");
        assertThat(Integer.parseInt(second.number().substring(8)))
                .isEqualTo(Integer.parseInt(first.number().substring(8)) + 1);
        assertThat(first.state()).isEqualTo(ProposalState.DRAFTING);
        assertThat(first.currentSections()).extracting(Section::kind).containsExactly(
                SectionKind.INTRODUCTORY_LANGUAGE, SectionKind.RATIONALE, SectionKind.CLINICAL_VIGNETTE,
                SectionKind.DESCRIPTION_OF_SERVICE, SectionKind.REFERENCES);
        assertThat(proposals.list(telehealth)).extracting(ProposalListing::number).contains(first.number(),
                second.number());
        assertThat(proposals.list(telehealth).getFirst().lastChangedBy()).isEqualTo("Dr. Rafael Okafor");
    }

    @Test
    void sectionsAreAddedRenamedReorderedRemovedAndBroughtBack() {
        var proposal = proposals.create(telehealth, new NewProposal("Arranging sections", List.of()));
        var rationale = proposal.currentSections().get(1);

        proposal = proposals.addSection(proposal.id(), SectionKind.OTHER, "Coding tips");
        proposal = proposals.renameSection(proposal.id(), rationale.id(), "Rationale and evidence");
        proposal = proposals.moveSection(proposal.id(), rationale.id(), -1);
        assertThat(proposal.currentSections()).extracting(Section::title).startsWith("Rationale and evidence",
                "Introductory language");

        var saved = sections.save(proposal.id(), rationale.id(), 1, "Why this code is needed.", "First words");
        proposal = proposals.removeSection(proposal.id(), rationale.id());
        assertThat(proposal.currentSections()).extracting(Section::id).doesNotContain(rationale.id());
        assertThat(proposal.removedSections()).extracting(Section::id).containsExactly(rationale.id());

        proposal = proposals.undoRemoval(proposal.id(), rationale.id());
        assertThat(proposal.currentSections().getFirst().id()).isEqualTo(rationale.id());
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(sections.read(proposal.id(), rationale.id()).text()).isEqualTo("Why this code is needed.");
    }

    @Test
    void savingOnAStaleBaseMergesOrReturnsTheConflictWithBothTexts() {
        var proposal = proposals.create(telehealth, new NewProposal("Merging", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "Telehealth services are reported with codes for the service "
                + "performed. Modifier 95 identifies synchronous audio-video delivery.", "Draft");

        signInAs("staff");
        var theirs = sections.save(proposal.id(), intro, 2, "Telehealth services are reported with the codes for "
                + "the service performed. Modifier 95 identifies synchronous audio-video delivery.", "Article");
        assertThat(theirs).isInstanceOf(SaveOutcome.Saved.class);

        signInAs("member");
        var merged = sections.save(proposal.id(), intro, 2, "Telehealth services are reported with codes for the "
                + "service performed. Modifier 95 identifies real-time audio-video delivery.", "Wording");
        assertThat(merged).isInstanceOf(SaveOutcome.Merged.class);
        assertThat(sections.read(proposal.id(), intro).text()).contains("with the codes", "real-time audio-video");

        var conflicted = sections.save(proposal.id(), intro, 2, "Telehealth services are reported with codes "
                + "for the service performed. Modifier 95 identifies interactive audio-video delivery.", "Other");
        assertThat(conflicted).isInstanceOfSatisfying(SaveOutcome.Conflicted.class,
                conflict -> assertThat(conflict.mine()).contains("interactive audio-video"));
        assertThat(sections.read(proposal.id(), intro).text()).doesNotContain("interactive");
    }

    @Test
    void historyDiffAndRestoreWorkThroughTheSectionService() {
        var proposal = proposals.create(telehealth, new NewProposal("History", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "First wording.", "one");
        sections.save(proposal.id(), intro, 2, "Second wording.", "two");

        assertThat(sections.history(proposal.id(), intro, null, 10).revisions()).extracting(r -> r.number())
                .containsExactly(3, 2, 1);
        assertThat(sections.diff(proposal.id(), intro, 2, 3).insertedWords()).isEqualTo(1);
        var restored = sections.restore(proposal.id(), intro, 2, 3);
        assertThat(restored).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(sections.read(proposal.id(), intro).text()).isEqualTo("First wording.");
        assertThat(sections.blame(proposal.id(), intro, 4)).hasSize(1);
    }

    @Test
    void observersReadDraftsButCommentersOnlyProposalsOpenedForCommentAndNeitherEdits() {
        var proposal = proposals.create(telehealth, new NewProposal("Not yet open for comment", List.of()));
        var intro = proposal.currentSections().getFirst().id();

        signInAs("observer");
        assertThat(proposals.get(proposal.id()).title()).isEqualTo("Not yet open for comment");
        assertThatThrownBy(() -> sections.save(proposal.id(), intro, 1, "x", "")).isInstanceOf(AccessRefused.class);

        signInAs("commenter");
        assertThat(proposals.list(telehealth)).extracting(ProposalListing::id).doesNotContain(proposal.id());
        assertThatThrownBy(() -> proposals.get(proposal.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> sections.read(proposal.id(), intro)).isInstanceOf(NoSuchElementException.class);

        signInAs("visitor");
        assertThatThrownBy(() -> proposals.get(proposal.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> proposals.create(telehealth, new NewProposal("x", List.of())))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void inputOverTheLimitsIsRefusedWithAMessage() {
        assertThatThrownBy(() -> new NewProposal(" ", List.of())).isInstanceOf(InputRejected.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> proposals.create(telehealth, new NewProposal("Charge", List.of(9))))
                .isInstanceOf(InputRejected.class).hasMessageContaining("items 1 to 4");
        var proposal = proposals.create(telehealth, new NewProposal("Limits", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        assertThatThrownBy(() -> proposals.renameSection(proposal.id(), intro, "x".repeat(121)))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> sections.save(proposal.id(), intro, 1, "x".repeat(600 * 1024), ""))
                .isInstanceOf(InputRejected.class);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
