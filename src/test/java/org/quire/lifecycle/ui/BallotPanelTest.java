package org.quire.lifecycle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.ApprovalRound;
import org.quire.lifecycle.BallotResult;
import org.quire.lifecycle.VoteChoice;
import org.quire.lifecycle.Votes;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The vote on the lifecycle page and the voting rules page without a browser: a workgroup of the
 * test's own where the demo staff and member hold their roles, a second member, the real services.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = VotingRulesView.class)
class BallotPanelTest extends SpringBrowserlessTest {

    @Autowired
    Votes votes;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    ApplicationContext beans;

    Workgroup workgroup;
    ProposalId proposal;
    int changes;

    @BeforeEach
    void aWorkgroupWithTwoMembersAndADraft() {
        workgroup = workgroupStore.create(new NewWorkgroup("ballot-panel-" + System.nanoTime(), "Ballot Panel Group",
                "Votes on the page.", List.of("Recommend codes.")));
        join("staff", WorkgroupRole.STAFF);
        join("member", WorkgroupRole.MEMBER);
        join("second-member", WorkgroupRole.MEMBER);
        join("commenter", WorkgroupRole.COMMENTER);
        join("observer", WorkgroupRole.OBSERVER);
        signInAs("staff");
        proposal = proposals.create(workgroup.id(), new NewProposal("Remote check-ins", List.of(1))).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void withoutAVoteThePanelSaysSoAndStaffFindTheRules() {
        showPanel();
        assertThat(text("vote-empty")).startsWith("No vote has been held on this proposal.");
        assertThat($(Anchor.class).withId("voting-rules-link").single().getHref())
                .isEqualTo("workgroups/" + workgroup.slug() + "/voting-rules");

        signInAs("member");
        showPanel();
        assertThat($(Anchor.class).withId("voting-rules-link").all()).isEmpty();
    }

    @Test
    void aMemberCastsAndChangesTheirVoteAndSeesTheTally() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member");
        showPanel();
        assertThat($(Span.class).withId("vote-state").single().getText()).isEqualTo("Open");
        assertThat(list("vote-rules")).contains("Quorum: 50 %", "Threshold: 66 %");
        assertThat(list("vote-tally")).contains("Approve: 0", "Not yet voted: 2 of 2 eligible");
        assertThat(text("vote-quorum")).isEqualTo("Quorum not met: 0 of 2 voted, 1 needed.");
        assertThat(button("cast-vote").getText()).isEqualTo("Cast vote");

        click("cast-vote");
        assertThat(text("vote-problem")).isEqualTo("Choose approve, oppose or abstain.");

        choose(VoteChoice.APPROVE, "The vignette reads well.");
        click("cast-vote");
        assertThat(changes).isEqualTo(1);
        assertThat(text("my-vote")).startsWith("Your vote: Approve \u2014 The vignette reads well.");
        assertThat(list("vote-tally")).contains("Approve: 1", "Not yet voted: 1 of 2 eligible");
        assertThat(text("vote-quorum")).isEqualTo("Quorum met: 1 of 2 voted, 1 needed.");
        assertThat(text("vote-threshold")).isEqualTo("Threshold met: 1 of 1 approve (100 %, 66 % needed).");
        assertThat(button("cast-vote").getText()).isEqualTo("Change vote");
        assertThat($(RadioButtonGroup.class).withId("vote-choice").single().getValue())
                .as("the form starts from the vote").isEqualTo(VoteChoice.APPROVE);

        choose(VoteChoice.OPPOSE, "");
        click("cast-vote");
        assertThat(text("my-vote")).startsWith("Your vote: Oppose (");
        assertThat(list("vote-tally")).contains("Approve: 0", "Oppose: 1");
        assertThat(text("vote-threshold")).startsWith("Threshold not met: 0 of 1 approve");
        assertThat($(Div.class).withId("vote-list").single().getElement().getTextRecursively())
                .contains("member: Oppose", "Not yet voted: second-member.");
        assertThat($(Button.class).withId("decide-vote").all()).as("members do not decide").isEmpty();
    }

    @Test
    void commentersSeeTheCountsButNotWhoVotedHow() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member");
        votes.cast(proposal, VoteChoice.OPPOSE, "The vignette reads badly.");

        signInAs("commenter");
        showPanel();

        assertThat(list("vote-tally")).contains("Oppose: 1", "Not yet voted: 1 of 2 eligible");
        assertThat(text("votes-private")).startsWith("Who voted how, and who has not voted yet,");
        assertThat($(Div.class).withId("vote-list").all()).isEmpty();
        var everything = $(BallotPanel.class).single().getElement().getTextRecursively();
        assertThat(everything).doesNotContain("member:", "second-member", "The vignette reads badly.");

        signInAs("observer");
        showPanel();
        assertThat($(Div.class).withId("vote-list").single().getElement().getTextRecursively())
                .contains("member: Oppose", "The vignette reads badly.", "Not yet voted: second-member.");
    }

    @Test
    void aMemberWhoJoinedAfterTheVoteOpenedIsToldWhyTheyCannotVote() {
        ApprovalRound.open(beans::getBean, proposal);
        join("latecomer", WorkgroupRole.MEMBER);
        signInAs("latecomer");
        showPanel();
        assertThat(text("vote-notice")).contains("when this vote opened", "cannot vote this time");
        assertThat($(Button.class).withId("cast-vote").all()).isEmpty();

        signInAs("commenter");
        showPanel();
        assertThat($(Paragraph.class).withId("vote-notice").all()).isEmpty();
        assertThat($(Button.class).withId("cast-vote").all()).isEmpty();
        assertThat(list("vote-tally")).contains("Not yet voted: 2 of 2 eligible");
    }

    @Test
    void staffDecideAfterConfirmingAndTheResultIsShownAsFinal() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member");
        votes.cast(proposal, VoteChoice.APPROVE, "");
        signInAs("staff");
        showPanel();
        assertThat($(Button.class).withId("cast-vote").all()).as("staff run the vote, they do not vote").isEmpty();

        click("decide-vote");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(votes.current(proposal).orElseThrow().result()).isEqualTo(BallotResult.APPROVED);
        assertThat($(Span.class).withId("vote-state").single().getText()).isEqualTo("Decided: Approved");
        assertThat(text("vote-result")).startsWith("Result: Approved. Decided on ").endsWith("by staff; votes are final.");
        assertThat($(Button.class).withId("decide-vote").all()).isEmpty();
        signInAs("member");
        showPanel();
        assertThat($(Button.class).withId("cast-vote").all()).as("votes are final").isEmpty();
        assertThat(text("my-vote")).startsWith("Your vote: Approve");
    }

    @Test
    void anEarlierCancelledVoteIsListedUnderTheCurrentOne() {
        ApprovalRound.open(beans::getBean, proposal);
        ApprovalRound.returnToRevision(beans::getBean, proposal, PersonKey.SYSTEM,
                "Returned to revise the vignette.");
        showPanel();
        assertThat($(Span.class).withId("vote-state").single().getText()).isEqualTo("Cancelled");
        assertThat(text("vote-cancelled")).endsWith("without a result: Returned to revise the vignette.");

        ApprovalRound.open(beans::getBean, proposal);
        showPanel();
        assertThat($(Span.class).withId("vote-state").single().getText()).isEqualTo("Open");
        assertThat(list("earlier-votes")).contains("Cancelled", "Returned to revise the vignette.");
    }

    @Test
    void staffSetTheRulesWithMessagesForWhatIsOutOfRangeAndMembersReadThem() {
        navigate(VotingRulesView.path(workgroup), VotingRulesView.class);
        assertThat(text("voting-rules-current")).contains("quorum of 50 %", "approval by 66 %");
        $(IntegerField.class).withId("voting-quorum").single().setValue(0);
        $(IntegerField.class).withId("voting-threshold").single().setValue(101);
        click("save-voting-rules");
        assertThat(text("voting-rules-problem")).isEqualTo("The quorum is a whole percent from 1 to 100. "
                + "The threshold is a whole percent from 1 to 100.");
        $(IntegerField.class).withId("voting-threshold").single().clear();
        click("save-voting-rules");
        assertThat(text("voting-rules-problem")).startsWith("Give the quorum and the threshold");

        $(IntegerField.class).withId("voting-quorum").single().setValue(60);
        $(IntegerField.class).withId("voting-threshold").single().setValue(75);
        click("save-voting-rules");
        assertThat(text("voting-rules-outcome")).isEqualTo("Saved: quorum 60 %, threshold 75 %.");
        assertThat(text("voting-rules-current")).contains("quorum of 60 %", "approval by 75 %");

        signInAs("member");
        navigate(VotingRulesView.path(workgroup), VotingRulesView.class);
        assertThat(text("voting-rules-current")).contains("quorum of 60 %");
        assertThat($(Button.class).withId("save-voting-rules").all()).isEmpty();
    }

    private void showPanel() {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new BallotPanel(votes, proposal, () -> changes++));
    }

    private void choose(VoteChoice choice, String note) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteChoice> choices = $(RadioButtonGroup.class).withId("vote-choice").single();
        choices.setValue(choice);
        $(TextArea.class).withId("vote-note").single().setValue(note);
    }

    private void join(String who, WorkgroupRole role) {
        people.introduce(key(who), who, null, null);
        memberships.add(new Membership(workgroup.id(), key(who), role, MembershipStatus.ACTIVE));
    }

    private PersonKey key(String who) {
        return new PersonKey("urn:quire:ballot-panel", workgroup.id().value() + "-" + who);
    }

    private void signInAs(String who) {
        var key = key(who);
        SignedIn.as(people, key.issuer(), key.subject());
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }

    private String list(String id) {
        return $(UnorderedList.class).withId(id).single().getElement().getTextRecursively();
    }

    private Button button(String id) {
        return $(Button.class).withId(id).single();
    }

    private void click(String id) {
        test(button(id)).click();
    }
}
