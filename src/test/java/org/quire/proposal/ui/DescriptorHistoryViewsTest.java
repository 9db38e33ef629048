package org.quire.proposal.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.revision.Revision;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The descriptor set's history, revision and diff views without a browser, on a set of three
 * revisions: empty, two codes, then one code renamed and the other's text changed.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ProposalView.class)
class DescriptorHistoryViewsTest extends SpringBrowserlessTest {

    static final int ACTIONS = 4;

    @Autowired
    ProposalService proposals;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void threeRevisions() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Check-in codes", List.of(1)));
        var visit = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine visit by audio-video link");
        var checkIn = Descriptor.of("9X0X2", DescriptorAction.NEW, "Brief check-in by telephone with a known patient");
        var family = CodeFamily.of("Check-ins", List.of(visit, checkIn));
        descriptorSets.save(proposal.id(), 1, new DescriptorSet(List.of(family), Set.of()), "Two codes");
        var changed = family.withDescriptors(List.of(visit.withCode("9X0X5"),
                checkIn.withText("Brief check-in by video with a known patient")));
        descriptorSets.save(proposal.id(), 2, new DescriptorSet(List.of(changed), Set.of("99212")), "Video");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theHistoryListsRevisionsNewestFirstEachWithItsViewAndComparison() {
        navigate(ProposalRoutes.descriptorHistory(proposal.id()), DescriptorHistoryView.class);
        var grid = revisions();
        assertThat(grid.getGenericDataView().getItems().map(Revision::number).toList()).containsExactly(3, 2, 1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Video");
        var newest = test(grid).getCellComponent(0, ACTIONS).getElement().toString();
        assertThat(newest).contains("href=\"" + ProposalRoutes.descriptorDiff(proposal.id(), 2, 3) + "\"",
                "href=\"" + ProposalRoutes.descriptorRevision(proposal.id(), 3) + "\"", "current");
        assertThat(test(grid).getCellComponent(2, ACTIONS).getElement().toString())
                .doesNotContain("Compare with previous");
    }

    @Test
    void restoringARevisionMakesItTheNextOne() {
        navigate(ProposalRoutes.descriptorHistory(proposal.id()), DescriptorHistoryView.class);

        restoreButton(1).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Paragraph.class).withId("restore-outcome").single().getText())
                .isEqualTo("Revision 2 restored as revision 4.");
        assertThat(revisions().getGenericDataView().getItems().map(Revision::number).toList())
                .containsExactly(4, 3, 2, 1);
        var now = descriptorSets.read(proposal.id());
        assertThat(now.head().number()).isEqualTo(4);
        assertThat(now.set()).isEqualTo(descriptorSets.setAt(proposal.id(), 2));
    }

    @Test
    void aRestoreThatCollidesWithSomeoneElsesSaveIsRefusedWithAClearMessage() {
        navigate(ProposalRoutes.descriptorHistory(proposal.id()), DescriptorHistoryView.class);
        var current = descriptorSets.read(proposal.id()).set();
        var family = current.families().getFirst();
        var checkIn = family.descriptors().get(1);
        descriptorSets.save(proposal.id(), 3, current.withFamilies(List.of(family.withDescriptors(List.of(
                family.descriptors().getFirst(), checkIn.withText("Brief check-in by chat with a known patient"))))),
                "Chat");

        restoreButton(1).click(); // revision 2, seen on top of revision 3
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Paragraph.class).withId("restore-outcome").single().getText())
                .startsWith("Not restored: someone saved revision 4 meanwhile, changing the same descriptors.");
        assertThat(descriptorSets.read(proposal.id()).head().number()).isEqualTo(4);
        assertThat(revisions().getGenericDataView().getItems().map(Revision::number).toList())
                .containsExactly(4, 3, 2, 1);
    }

    @Test
    void anObserverGetsNoRestoreButton() {
        SignedIn.as(people, signIn.issuer(), "observer");
        navigate(ProposalRoutes.descriptorHistory(proposal.id()), DescriptorHistoryView.class);
        for (int row = 0; row < 3; row++) {
            var actions = test(revisions()).getCellComponent(row, ACTIONS);
            assertThat(actions.getChildren().filter(Button.class::isInstance)).isEmpty();
            assertThat(actions.getElement().getTextRecursively()).contains("View");
        }
    }

    @Test
    void aRevisionShowsTheSetAsItWasThen() {
        var view = navigate(ProposalRoutes.descriptorRevision(proposal.id(), 2), DescriptorRevisionView.class);
        PageTasks.runUntil(() -> view.getElement().toString().contains("cpt-set"), () -> roundTrip());
        assertThat(view.getElement().toString()).contains("data-code=\"9X0X1\"", "by telephone")
                .doesNotContain("9X0X5");

        var first = navigate(ProposalRoutes.descriptorRevision(proposal.id(), 1), DescriptorRevisionView.class);
        assertThat(first.getElement().getTextRecursively()).contains("No code descriptors yet");
    }

    @Test
    void theDiffShowsEachDescriptorsChangesWithTheChangedWordsMarked() {
        var view = navigate(ProposalRoutes.descriptorDiff(proposal.id(), 2, 3), DescriptorDiffView.class);
        var changes = view.getElement().toString();

        assertThat(changes).contains("9X0X5 (was 9X0X1)", "9X0X1", "→", "9X0X5");
        assertThat(changes).containsPattern("<del[^>]*>telephone</del>").containsPattern("<ins[^>]*>video</ins>");
        assertThat(changes).contains("Now marked external: 99212.").doesNotContain("{\"value\"");
    }

    @Test
    void aDiffOfTheSameRevisionSaysThereIsNoDifference() {
        var view = navigate(ProposalRoutes.descriptorDiff(proposal.id(), 3, 3), DescriptorDiffView.class);
        assertThat(view.getElement().getTextRecursively()).contains("No differences");
    }

    @SuppressWarnings("unchecked")
    private Grid<Revision> revisions() {
        return $(Grid.class).withId("descriptor-revisions").single();
    }

    /** The restore button of a row (0 is the newest). */
    private com.vaadin.flow.component.button.ButtonTester<Button> restoreButton(int row) {
        var button = test(revisions()).getCellComponent(row, ACTIONS).getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        return test(button);
    }
}
