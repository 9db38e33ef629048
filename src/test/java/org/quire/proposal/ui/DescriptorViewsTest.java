package org.quire.proposal.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's descriptor part and the descriptor set page without a browser: real services and
 * store; rendering arrives from its worker thread, so assertions on it wait for the page's tasks.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ProposalView.class)
class DescriptorViewsTest extends SpringBrowserlessTest {

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
    void aProposalOfTheMember() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring codes", List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theReaderListsTheDescriptorsInItsContentsShowsTheRenderedSetAndFollowsSaves() {
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        var view = navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);

        assertThat($(Nav.class).withId("contents").single().getElement().toString())
                .contains("href=\"" + ProposalRoutes.proposal(proposal.id()) + "#code-descriptors\"", "Code descriptors");
        PageTasks.runUntil(() -> view.getElement().toString().contains("cpt-set"), () -> roundTrip());
        assertThat(view.getElement().toString()).contains("data-code=\"9X0X1\"", "cpt-summary");
        assertThat($(Anchor.class).withId("open-descriptors").single().getHref())
                .isEqualTo(ProposalRoutes.descriptors(proposal.id()));
        assertThat($(Anchor.class).withId("edit-descriptors").single().getHref())
                .isEqualTo(ProposalRoutes.editDescriptors(proposal.id()));

        descriptorSets.save(proposal.id(), 2, oneCode("9X7X1", "Remote review of readings sent in"), "Replaced");

        PageTasks.runUntil(() -> view.getElement().toString().contains("data-code=\"9X7X1\""), () -> roundTrip());
        assertThat(view.getElement().toString()).doesNotContain("data-code=\"9X0X1\"");
    }

    @Test
    void anEmptySetReadsAsSuchWithTheWayToTheEditorForThoseWhoMayEdit() {
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        var empty = $(com.vaadin.flow.component.html.Div.class).withId("no-descriptors").single();
        assertThat(empty.getElement().getTextRecursively()).contains("No code descriptors yet", "Add code descriptors");

        SignedIn.as(people, signIn.issuer(), "observer");
        navigate(ProposalRoutes.proposal(proposal.id()), ProposalView.class);
        empty = $(com.vaadin.flow.component.html.Div.class).withId("no-descriptors").single();
        assertThat(empty.getElement().getTextRecursively()).contains("No code descriptors yet")
                .doesNotContain("Add code descriptors");
        assertThat($(Anchor.class).withId("edit-descriptors").exists()).isFalse();
    }

    @Test
    void markingASetWithErrorsReadyIsRefusedWithEveryErrorListedInThePage() {
        descriptorSets.save(proposal.id(), 1, oneCode("12", "A visit by live link"), "Bad code");
        navigate(ProposalRoutes.descriptors(proposal.id()), DescriptorsView.class);
        assertThat($(UnorderedList.class).withId("validation-errors").single().getElement().getTextRecursively())
                .contains("12", "code-format");

        test($(Button.class).withId("mark-ready").single()).click();

        var problems = $(com.vaadin.flow.component.html.Div.class).withId("review-problems").single();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("1 error to correct", "12");
        assertThat($(Paragraph.class).withId("review-status").single().getText())
                .isEqualTo("Not marked ready for review.");
        assertThat(descriptorSets.read(proposal.id()).readiness()).isNull();
    }

    @Test
    void aCleanSetIsMarkedReadyThenReadsChangedOnceSomeoneSavesAndTheMarkCanBeWithdrawn() {
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        navigate(ProposalRoutes.descriptors(proposal.id()), DescriptorsView.class);
        assertThat($(Paragraph.class).withId("validation-clean").exists()).isTrue();

        test($(Button.class).withId("mark-ready").single()).click();

        var member = people.find(new PersonKey(signIn.issuer(), "member")).orElseThrow().name();
        assertThat($(Paragraph.class).withId("review-status").single().getText())
                .startsWith("Ready for review (revision 2, by " + member);
        assertThat($(Button.class).withId("mark-ready").exists()).isFalse();

        descriptorSets.save(proposal.id(), 2, oneCode("9X7X1", "Remote review of readings sent in"), "Replaced");
        PageTasks.runUntil(() -> $(Paragraph.class).withId("review-status").single().getText()
                .startsWith("Changed since it was marked ready for review at revision 2"), () -> roundTrip());

        test($(Button.class).withId("withdraw-ready").single()).click();
        assertThat(descriptorSets.read(proposal.id()).readiness()).isNull();
        // a refresh started by an earlier change may land first; the withdrawal's own follows it
        PageTasks.runUntil(() -> $(Paragraph.class).withId("review-status").single().getText()
                .equals("Not marked ready for review."), () -> roundTrip());
    }

    @Test
    void anObserverReadsTheSetButGetsNoEditMarkOrWithdrawControls() {
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        SignedIn.as(people, signIn.issuer(), "observer");

        var view = navigate(ProposalRoutes.descriptors(proposal.id()), DescriptorsView.class);

        PageTasks.runUntil(() -> view.getElement().toString().contains("data-code=\"9X0X1\""), () -> roundTrip());
        assertThat($(Button.class).withId("mark-ready").exists()).isFalse();
        assertThat($(Button.class).withId("withdraw-ready").exists()).isFalse();
        assertThat($(Anchor.class).withId("edit-descriptors").exists()).isFalse();
        assertThat($(Anchor.class).withId("descriptor-history").exists()).isTrue();
    }

    static DescriptorSet oneCode(String code, String text) {
        return new DescriptorSet(List.of(CodeFamily.of("Remote monitoring",
                List.of(Descriptor.of(code, DescriptorAction.NEW, text)))), Set.of());
    }
}
