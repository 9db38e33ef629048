package org.quire.comment.ui.disposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.comment.CommentThreads;
import org.quire.comment.DispositionKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * STAFF's dispositions page without a browser: the commenters' threads of the period with a form
 * each, refusals beside the form with nothing typed lost, progress counted, and a readable empty
 * state.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = DispositionsView.class)
class DispositionsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    CommentPeriods periods;
    @Autowired
    CommentThreads comments;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void aDraft() {
        signInAs("staff");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Dispositions on the page", List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffDisposeOfEachThreadAndSeeHowManyAreLeft() {
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        signInAs("commenter");
        comments.startOnProposal(proposal.id(), "Please define a brief visit.");
        comments.startOnProposal(proposal.id(), "Who may report it?");
        signInAs("staff");

        navigate(route(), DispositionsView.class);
        assertThat(progress()).isEqualTo("0 of 2 disposed");
        assertThat($(DispositionCard.class).withId("disposition-1").single().getElement().getTextRecursively())
                .contains("Academy of Remote Cardiac Monitoring · Priya Raman", "On: Whole proposal",
                        "Please define a brief visit.");
        assertThat($(IntegerField.class).withId("disposition-1-revision").all())
                .as("no single revision for the whole proposal, so no field for it").isEmpty();

        click("disposition-1-save");
        assertThat(text("disposition-1-problem")).isEqualTo("Choose the disposition.");
        kind(1).setValue(DispositionKind.ACCEPTED_WITH_MODIFICATION);
        response(1).setValue("   ");
        click("disposition-1-save");
        assertThat(text("disposition-1-problem")).startsWith("Write the response");
        assertThat(kind(1).getValue()).as("kept").isEqualTo(DispositionKind.ACCEPTED_WITH_MODIFICATION);

        response(1).setValue("Defined as under 10 minutes in the introductory language.");
        click("disposition-1-save");
        assertThat(text("disposition-1-problem")).isEmpty();
        assertThat($(Span.class).withId("disposition-1-saved").single().getText())
                .startsWith("Recorded: Accepted with modification");
        assertThat(progress()).isEqualTo("1 of 2 disposed");

        response(1).setValue("Defined as under ten minutes.");
        click("disposition-1-save");
        assertThat(progress()).as("a change is not a second disposition").isEqualTo("1 of 2 disposed");

        navigate(route(), DispositionsView.class);
        assertThat(response(1).getValue()).isEqualTo("Defined as under ten minutes.");
        assertThat(progress()).isEqualTo("1 of 2 disposed");
        assertThat($(Anchor.class).withId("dispositions-xlsx").single().getText()).contains("XLSX");
        assertThat($(Anchor.class).withId("dispositions-csv").single().getText()).contains("CSV");
    }

    @Test
    void withoutAPeriodOrCommentsThePageSaysSo() {
        navigate(route(), DispositionsView.class);
        assertThat($(Paragraph.class).withId("no-dispositions").single().getText())
                .contains("No comment period has been opened");

        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        navigate(route(), DispositionsView.class);
        assertThat($(Paragraph.class).withId("no-commenter-threads").single().getText())
                .isEqualTo("Commenters started no threads during this comment period.");
    }

    private String route() {
        return "proposals/" + proposal.id().value() + "/dispositions";
    }

    private String progress() {
        return $(Paragraph.class).withId("disposition-progress").single().getText();
    }

    @SuppressWarnings("unchecked")
    private Select<DispositionKind> kind(int number) {
        return $(Select.class).withId("disposition-" + number + "-kind").single();
    }

    private TextArea response(int number) {
        return $(TextArea.class).withId("disposition-" + number + "-response").single();
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }

    private void click(String id) {
        test($(Button.class).withId(id).single()).click();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
