package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.proposal.SuggestedText;
import org.quire.revision.Revision;
import org.quire.shared.PersonKey;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.WorkgroupService;
import org.quire.workgroup.internal.MembershipStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal, history and diff views without a browser: real services and store, the view
 * logic exercised through Vaadin's browserless test environment.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ProposalView.class)
class ProposalViewsTest extends SpringBrowserlessTest {

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
    @Autowired
    MembershipStore memberships;

    Proposal proposal;

    @BeforeEach
    void aProposalWithTwoSavedRevisions() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Interprofessional e-consultation", List.of(1)));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "Codes for *interprofessional* consultation by telephone.", "one");
        sections.save(proposal.id(), intro, 2, "Codes for *interprofessional* consultation by internet.", "two");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theProposalListShowsNumberTitleAndWhoChangedItLast() {
        navigate("workgroups/telehealth/proposals", ProposalListView.class);
        @SuppressWarnings("unchecked")
        Grid<org.quire.proposal.ProposalListing> grid = $(Grid.class).single();
        var rows = test(grid).size();
        assertThat(rows).isPositive();
        assertThat(grid.getGenericDataView().getItems().map(p -> p.number()).toList()).contains(proposal.number());
        assertThat($(Button.class).withId("new-proposal").single().isVisible()).isTrue();
    }

    @Test
    void theReaderShowsEverySectionWithATableOfContents() {
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        assertThat($(com.vaadin.flow.component.html.Nav.class).withId("contents").single().getElement()
                .getChildCount()).isPositive();
        assertThat(find(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .contains("Introductory language", "Rationale", "References");
    }

    @Test
    void theHistoryListsRevisionsNewestFirstAndComparesTwoSelected() {
        var intro = proposal.currentSections().getFirst().id();
        navigate(ProposalRoutes.history(proposal.id(), intro), SectionHistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<Revision> grid = $(Grid.class).withId("revisions").single();
        var numbers = grid.getGenericDataView().getItems().map(Revision::number).toList();
        assertThat(numbers).containsExactly(3, 2, 1);

        grid.select(grid.getGenericDataView().getItem(0));
        grid.select(grid.getGenericDataView().getItem(1));
        test($(Button.class).withId("compare").single()).click();
        assertThat(getCurrentView()).isInstanceOf(SectionDiffView.class);
    }

    @Test
    void theHistoryAndTheRevisionPageCreditWhoSuggestedAnAcceptedEdit() {
        var intro = proposal.currentSections().getFirst().id();
        var commenter = new PersonKey(signIn.issuer(), "commenter");
        var name = people.find(commenter).orElseThrow().name();
        sections.applySuggestions(proposal.id(), new SuggestedText(intro, 3,
                "Codes for *interprofessional* consultation by internet or telephone.", List.of(commenter),
                "Accepted suggestion by " + name));

        navigate(ProposalRoutes.history(proposal.id(), intro), SectionHistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<Revision> grid = $(Grid.class).withId("revisions").single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(people.find(new PersonKey(signIn.issuer(), "member"))
                .orElseThrow().name() + ", suggested by " + name);
        assertThat(test(grid).getCellText(1, 1)).doesNotContain("suggested by");

        navigate(ProposalRoutes.revision(proposal.id(), intro, 4), SectionRevisionView.class);
        assertThat($(Paragraph.class).withId("suggested-by").single().getText())
                .isEqualTo("It applies edits suggested by " + name + ".");
        navigate(ProposalRoutes.revision(proposal.id(), intro, 3), SectionRevisionView.class);
        assertThat($(Paragraph.class).withId("suggested-by").all()).isEmpty();
    }

    @Test
    void theDiffShowsTheChangedWordsInlineAndSideBySideInSourceAndRendered() {
        var intro = proposal.currentSections().getFirst().id();
        var view = navigate(ProposalRoutes.diff(proposal.id(), intro, 2, 3), SectionDiffView.class);
        var changes = view.getElement().toString();
        assertThat(changes).contains("<del", "telephone", "<ins", "internet");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> form = $(RadioButtonGroup.class).withId("diff-form").single();
        form.setValue("Rendered");
        assertThat(view.getElement().toString()).contains("<em>interprofessional</em>", "internet");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> layout = $(RadioButtonGroup.class).withId("diff-layout").single();
        layout.setValue("Side by side");
        assertThat(view.getElement().toString()).contains("Revision 2", "Revision 3");
    }

    @Test
    void aReaderSuspendedWhileThePageIsOpenLosesItAtTheNextChange() {
        var telehealth = workgroups.workgroup("telehealth").id();
        var member = new PersonKey(signIn.issuer(), "member");
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        try {
            memberships.changeStatus(telehealth, member, MembershipStatus.SUSPENDED);
            SignedIn.as(people, signIn.issuer(), "staff");
            var intro = proposal.currentSections().getFirst().id();
            sections.save(proposal.id(), intro, 3, "Codes for consultation after suspension.", "three");
            SignedIn.as(people, signIn.issuer(), "member");

            PageTasks.runUntil(() -> getCurrentView().getElement().getTextRecursively()
                    .contains("Not available to you"), () -> roundTrip());
            assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("after suspension");
        } finally {
            memberships.changeStatus(telehealth, member, MembershipStatus.ACTIVE);
        }
    }
}
