package org.quire.lifecycle.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.comment.CommentThreads;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle page without a browser: the steps from where the proposal stands, what blocks one
 * (linked to its place), a member proposing a step that STAFF then take, and the timeline.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = LifecycleView.class)
class LifecycleViewTest extends SpringBrowserlessTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    CommentPeriods periods;
    @Autowired
    CommentThreads threads;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void aProposalInRevision() {
        signInAs("staff");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Lifecycle on the page", List.of(1)));
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofHours(2)),
                CommentAudience.EVERY_COMMENTER);
        periods.close(period.id());
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aBlockingThreadIsListedWithItsLinkAndTheMemberProposesTheStepThatStaffThenTake() {
        signInAs("member");
        var thread = threads.startOnProposal(proposal.id(), "Add a pediatric vignette first.");
        threads.markBlocking(thread.id(), true);
        open();
        assertThat($(Span.class).withId("lifecycle-state").single().getText()).isEqualTo("Revising");
        var blockers = $(UnorderedList.class).withId("blockers-workgroup-approval").single();
        var link = $(Anchor.class, blockers).single();
        assertThat(link.getText()).contains("Add a pediatric vignette first.");
        assertThat(link.getHref()).endsWith("#thread-" + thread.id().value());
        assertThat($(Button.class).withId("take-workgroup-approval").all()).isEmpty();

        threads.resolve(thread.id());
        open();
        test($(Button.class).withId("propose-workgroup-approval").single()).click();
        $(TextArea.class).withId("step-reason").single().setValue("Every comment is answered.");
        test($(Button.class).withId("confirm-step").single()).click();
        assertThat($(Paragraph.class).withId("lifecycle-outcome").single().getText()).startsWith("Proposed");

        signInAs("staff");
        open();
        var request = $(Div.class).withClassName("step-request").single();
        assertThat(request.getElement().getTextRecursively()).contains("proposes: Send to workgroup approval",
                "Every comment is answered.");
        test($(Button.class, request).withText("Take this step").single()).click();
        test($(Button.class).withId("confirm-step").single()).click();
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.WORKGROUP_APPROVAL);
        assertThat($(Paragraph.class).withId("frozen-notice").single().getText()).contains("frozen");
        var timeline = $(Section.class).withId("timeline").single().getElement().getTextRecursively();
        assertThat(timeline).contains("Revising → Workgroup approval", "Proposed by", "Every comment is answered.");
    }

    @Test
    void aReasonIsAskedForBeforeAProposalIsWithdrawnAndTheRefusalKeepsTheDialogOpen() {
        open();
        test($(Button.class).withId("take-withdrawn").single()).click();
        test($(Button.class).withId("confirm-step").single()).click();
        assertThat($(Paragraph.class).withId("step-problem").single().getText()).contains("needs a reason");
        $(TextArea.class).withId("step-reason").single().setValue("Folded into TH-2026-001.");
        test($(Button.class).withId("confirm-step").single()).click();
        assertThat($(Span.class).withId("lifecycle-state").single().getText()).isEqualTo("Withdrawn");
        assertThat($(Section.class).withId("next-steps").single().getElement().getTextRecursively())
                .contains("where this proposal's way ends");
    }

    @Test
    void observersSeeWhereTheProposalStandsWithoutButtons() {
        signInAs("observer");
        open();
        assertThat($(Button.class).withId("take-workgroup-approval").all()).isEmpty();
        assertThat($(Button.class).withId("propose-workgroup-approval").all()).isEmpty();
        assertThat($(Section.class).withId("next-steps").single().getElement().getTextRecursively())
                .contains("Send to workgroup approval", "STAFF take this step.");
    }

    private void open() {
        navigate(LifecycleView.path(proposal.id()), LifecycleView.class);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
