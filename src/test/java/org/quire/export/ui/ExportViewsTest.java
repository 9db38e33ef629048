package org.quire.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The export page, the reader's "Export…" link and the workgroup home's package link without a
 * browser: shown to those they work for, with the marking each person's files will carry.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.export.ui", "org.quire.workgroup.ui", "org.quire.proposal.ui",
    "org.quire.shell.ui"})
class ExportViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    Milestones milestones;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    Milestone older;
    Milestone newer;

    @BeforeEach
    void aProposalWithTwoMilestones() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring exports", List.of(1)));
        older = milestones.capture(proposal.id(), "First look");
        newer = milestones.capture(proposal.id(), "Second look");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void membersExportWorkingDraftsOfTheLatestMilestoneByDefault() {
        navigate(ExportView.path(proposal.id()), ExportView.class);

        assertThat($(Paragraph.class).withId("export-marking").single().getText())
                .contains("Working draft — exported by a workgroup member, not for submission");
        Select<ExportView.Source> source = $(Select.class).withId("export-source").single();
        assertThat(source.getValue().label()).isEqualTo("Second look");
        assertThat(source.getListDataView().getItems().map(ExportView.Source::label).toList())
                .containsExactly("Current draft (as readers see it now)", "Second look", "First look");
        assertThat($(Checkbox.class).withId("export-dispositions").all()).as("STAFF only").isEmpty();
    }

    @Test
    void staffMayAddTheDispositionsAndAMilestoneCanBeChosenInTheAddress() {
        signInAs("staff");

        UI.getCurrent().navigate(ExportView.path(proposal.id()), QueryParameters.of("milestone", older.id().value()));
        assertThat(getCurrentView()).isInstanceOf(ExportView.class);

        assertThat($(Paragraph.class).withId("export-marking").single().getText())
                .contains("Confidential — draft for CPT Editorial Panel consideration");
        Select<ExportView.Source> source = $(Select.class).withId("export-source").single();
        assertThat(source.getValue().label()).isEqualTo("First look");
        assertThat($(Checkbox.class).withId("export-dispositions").single().getValue()).isFalse();
    }

    @Test
    void theReaderOffersExportToMembersAndNotToObservers() {
        navigate("proposals/" + proposal.id().value(), VerticalLayout.class);
        assertThat($(Anchor.class).withId("export-link").single().getHref()).isEqualTo(ExportView.path(proposal.id()));

        signInAs("observer");
        navigate("proposals/" + proposal.id().value(), VerticalLayout.class);
        assertThat($(Anchor.class).withId("export-link").all()).isEmpty();
    }

    @Test
    void onlyStaffSeeTheWorkgroupPackage() {
        navigate("workgroups/telehealth", VerticalLayout.class);
        assertThat($(Anchor.class).withId("package-link").all()).isEmpty();

        signInAs("staff");
        navigate("workgroups/telehealth", VerticalLayout.class);
        assertThat($(Anchor.class).withId("package-link").single().getHref()).isEqualTo("workgroups/telehealth/export");
        navigate("workgroups/telehealth/export", PackageView.class);
        assertThat($(Button.class).withId("package-start").single().getText())
                .isEqualTo("Export the workgroup package");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
