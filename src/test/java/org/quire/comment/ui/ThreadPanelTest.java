package org.quire.comment.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.comment.CommentThread;
import org.quire.comment.CommentThreads;
import org.quire.comment.Disposition;
import org.quire.comment.DispositionKind;
import org.quire.comment.Suggestion;
import org.quire.comment.SuggestionStatus;
import org.quire.comment.ThreadFixtures;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's margin without a browser: the real reader view, services and store; threads made
 * through the services, the margin driven as a person would.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = "org.quire.proposal.ui")
class ThreadPanelTest extends SpringBrowserlessTest {

    private static final String TEXT = "Choose the family by the connection used for most of the visit.";

    @Autowired
    CommentThreads comments;
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
    ApplicationContext context;
    @Autowired
    CommentPeriods periods;

    Proposal proposal;
    SectionId intro;

    @BeforeEach
    void aProposalWithText() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Margin of threads", List.of(1)));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "first words");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aMemberCommentsOnTheWholeProposalThenRepliesEditsDeletesResolvesAndReopens() {
        open();
        assertThat(text("threads-empty")).isEqualTo("No comments yet — select text to comment");

        click($(Button.class).withId("comment-on-proposal").single());
        post($(Composer.class).single(), "The scope reads **right**.");
        var card = onlyCard();
        assertThat(card.getElement().getTextRecursively()).contains("Whole proposal", "Dr. Rafael Okafor",
                "Society for Virtual Care Medicine");
        assertThat(card.getElement().getOuterHTML()).contains("<strong>right</strong>");

        click($(Button.class, card).withClassName("reply-thread").single());
        post(card, "Also the title.");
        card = onlyCard();
        assertThat($(CommentEntry.class, card).all()).hasSize(2);

        click($(Button.class, card).withClassName("edit-comment").last());
        $(TextArea.class, card).single().setValue("Also the title, please.");
        click($(Button.class, card).withClassName("post-comment").single());
        card = onlyCard();
        // rendered comments are HTML set on their element: look at the markup, not the text nodes
        assertThat($(CommentEntry.class, card).last().getElement().getOuterHTML())
                .contains("Also the title, please.", "(edited)");

        click($(Button.class, card).withClassName("delete-comment").first());
        test($(ConfirmDialog.class).single()).confirm();
        card = onlyCard();
        assertThat($(CommentEntry.class, card).first().getElement().getOuterHTML())
                .contains("Comment deleted").doesNotContain("The scope reads");

        click($(Button.class, card).withClassName("resolve-thread").single());
        assertThat(comments.threads(proposal.id()).getFirst().status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(text("threads-empty")).isEqualTo("No thread matches these filters");
        assertThat(text("thread-counts")).isEqualTo("0 open, 1 resolved");

        click($(Button.class).withId("filter-resolved").single());
        card = onlyCard();
        assertThat(card.getElement().getTextRecursively()).contains("Resolved");
        click($(Button.class, card).withClassName("reopen-thread").single());
        assertThat(comments.threads(proposal.id()).getFirst().status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(text("thread-counts")).isEqualTo("1 open, 0 resolved");
    }

    @Test
    void anEditInProgressIsKeptWhenTheThreadChangesMeanwhile() {
        var first = comments.startOnProposal(proposal.id(), "The scope reads right.");
        var second = comments.startOnProposal(proposal.id(), "The title is long.");
        open();
        click($(Button.class, card(first.id())).withClassName("edit-comment").single());
        $(TextArea.class, card(first.id())).single().setValue("The scope reads right, half-typed");

        signInAs("staff");
        comments.reply(first.id(), "Agreed.");
        signInAs("member");
        click($(Button.class, card(second.id())).withClassName("resolve-thread").single()); // the margin refreshes

        var rebuilt = card(first.id());
        assertThat($(CommentEntry.class, rebuilt).all()).hasSize(2);
        assertThat($(TextArea.class, rebuilt).single().getValue()).isEqualTo("The scope reads right, half-typed");
    }

    @Test
    void filtersCombineStatusMineDetachedAndOrganization() {
        comments.startOnProposal(proposal.id(), "Mine and open.");
        signInAs("staff");
        comments.startOnProposal(proposal.id(), "Staff's, open.");
        var resolved = comments.startOnProposal(proposal.id(), "Staff's, resolved.");
        comments.resolve(resolved.id());
        signInAs("member");
        open();

        assertThat(cardTexts()).containsExactly("Mine and open.", "Staff's, open.");
        click($(Button.class).withId("filter-mine").single());
        assertThat(cardTexts()).containsExactly("Mine and open.");
        assertThat($(Button.class).withId("filter-mine").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        click($(Button.class).withId("filter-mine").single());
        organizations().setValue("Telehealth Workgroup Secretariat");
        assertThat(cardTexts()).containsExactly("Staff's, open.");
        click($(Button.class).withId("filter-resolved").single());
        assertThat(cardTexts()).containsExactly("Staff's, open.", "Staff's, resolved.");
        click($(Button.class).withId("filter-open").single());
        assertThat(cardTexts()).containsExactly("Staff's, resolved.");
        click($(Button.class).withId("filter-detached").single());
        assertThat(cardTexts()).isEmpty();
        assertThat(text("threads-empty")).isEqualTo("No thread matches these filters");
    }

    @Test
    void theComposerCountsBytesAndKeepsTheTextWhenThePostIsRefused() {
        open();
        click($(Button.class).withId("comment-on-proposal").single());
        var composer = $(Composer.class).single();
        var field = $(TextArea.class, composer).single();
        field.setValue("Hello");
        assertThat(field.getHelperText()).contains("5 of 16,384 bytes");
        assertThat(field.isInvalid()).isFalse();

        var tooLong = "é".repeat(8_200);
        field.setValue(tooLong);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("Too long", "16,400 of 16,384 bytes");
        click($(Button.class, composer).withClassName("post-comment").single());

        assertThat(field.getValue()).isEqualTo(tooLong);
        assertThat($(Paragraph.class, composer).withClassName("review-problem").single().getText())
                .contains("16,400 bytes long", "at most 16,384");
        assertThat(comments.threads(proposal.id())).isEmpty();

        field.setValue("   ");
        click($(Button.class, composer).withClassName("post-comment").single());
        assertThat($(Paragraph.class, composer).withClassName("review-problem").single().getText())
                .isEqualTo("Write something first: the comment is empty.");
    }

    @Test
    void aDetachedThreadShowsItsOriginalQuoteAndLinksToTheRevisionItWasMadeOn() {
        int start = TEXT.indexOf("the connection");
        comments.startOnPassage(proposal.id(), intro, 2, start, start + 14, "Which connection?");
        sections.save(proposal.id(), intro, 2, "Something else entirely, rewritten from scratch.", "rewrite");
        open();

        var card = onlyCard();
        assertThat(card.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("thread-"));
        assertThat(card.getElement().getTextRecursively()).contains("Introductory language", "Detached",
                "The passage is no longer in the text", "the connection");
        var link = $(Anchor.class, card).withClassName("made-on-revision").single();
        assertThat(link.getHref()).isEqualTo("proposals/" + proposal.id().value() + "/sections/" + intro.value()
                + "/revisions/2");
        assertThat(link.getText()).isEqualTo("Made on revision 2");
        click($(Button.class).withId("filter-detached").single());
        assertThat($(ThreadCard.class).all()).hasSize(1);
    }

    @Test
    void suggestionsShowAsTrackedChangesAndOneChangedUnderneathCannotBeAccepted() {
        int connection = TEXT.indexOf("the connection");
        int visit = TEXT.indexOf("most of the visit");
        var intact = ThreadFixtures.suggested(comments, proposal.id(), intro, 2, connection, connection + 14,
                "the network", "Clearer.");
        var changed = ThreadFixtures.suggested(comments, proposal.id(), intro, 2, visit, visit + 17,
                "the whole visit", "Simpler.");
        var rejected = ThreadFixtures.suggested(comments, proposal.id(), intro, 2, 0, 6, "Pick", "Shorter.");
        int word = TEXT.indexOf("family");
        var family = ThreadFixtures.suggested(comments, proposal.id(), intro, 2, word, word + 6, "code family",
                "Precise.");
        ThreadFixtures.withSuggestion(context, rejected.id(), new Suggestion("Pick", SuggestionStatus.REJECTED,
                new Suggestion.Decision(me(), Instant.now(), "Choose is the word the manual uses.", null)));
        sections.save(proposal.id(), intro, 2, TEXT.replace("most of the visit", "most of each visit"), "edit");
        open();

        var intactCard = card(intact.id());
        assertThat(intactCard.getElement().getOuterHTML()).contains("<del", "the connection", "<ins", "the network");
        assertThat($(Button.class, intactCard).withClassName("accept-suggestion").single().isEnabled()).isTrue();
        var changedCard = card(changed.id());
        assertThat(changedCard.getElement().getTextRecursively())
                .contains("The text changed since this was suggested", "Changed");
        assertThat($(Button.class, changedCard).withClassName("accept-suggestion").single().isEnabled()).isFalse();
        assertThat($(Checkbox.class, changedCard).all()).isEmpty();
        var rejectedCard = card(rejected.id());
        assertThat(rejectedCard.getElement().getTextRecursively())
                .contains("Rejected by Dr. Rafael Okafor: Choose is the word the manual uses.");
        assertThat($(Button.class, rejectedCard).withClassName("accept-suggestion").all()).isEmpty();

        click($(Button.class, card(family.id())).withClassName("reject-suggestion").single());
        var dialog = $(RejectDialog.class).single();
        click($(Button.class, dialog).withId("confirm-reject").single());
        assertThat($(TextArea.class, dialog).single().isInvalid()).isTrue();
        $(TextArea.class, dialog).single().setValue("Not now.");
        click($(Button.class, dialog).withId("confirm-reject").single());
        assertThat(dialog.isOpened()).isFalse();
        assertThat(comments.thread(family.id()).suggestion().status()).isEqualTo(SuggestionStatus.REJECTED);

        $(Checkbox.class, card(intact.id())).single().setValue(true);
        var acceptSelected = $(Button.class).withId("accept-selected").single();
        assertThat(acceptSelected.getText()).isEqualTo("Accept selected (1)");
        click(acceptSelected);
        assertThat(comments.thread(intact.id()).suggestion().status()).isEqualTo(SuggestionStatus.ACCEPTED);
        assertThat(sections.read(proposal.id(), intro).text()).contains("the network");
    }

    @Test
    void anObserverReadsThreadsAndDispositionsWithoutControlsToWriteOrDecide() {
        int connection = TEXT.indexOf("the connection");
        var suggested = ThreadFixtures.suggested(comments, proposal.id(), intro, 2, connection, connection + 14,
                "the network", "Clearer.");
        ThreadFixtures.withDisposition(context, suggested.id(), new Disposition(DispositionKind.NOT_ACCEPTED,
                "The manual says *connection*.", me(), Instant.now(), null));
        signInAs("observer");
        open();

        var card = onlyCard();
        assertThat(card.getElement().getOuterHTML()).contains("Disposition: Not accepted",
                "The manual says <em>connection</em>.");
        assertThat($(Button.class, card).all()).isEmpty();
        assertThat($(Button.class).withId("comment-on-proposal").all()).isEmpty();
        assertThat(text("why-no-comment")).contains("read the comments but not write them");
    }

    @Test
    void aCommenterWritesDuringAPeriodAndIsToldWhyNotOnceItCloses() {
        signInAs("staff");
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofHours(2)),
                CommentAudience.EVERY_COMMENTER);
        signInAs("commenter");
        open();
        assertThat($(Button.class).withId("comment-on-proposal").all()).hasSize(1);

        signInAs("staff");
        periods.close(period.id());
        signInAs("commenter");
        open();
        assertThat($(Button.class).withId("comment-on-proposal").all()).isEmpty();
        assertThat(text("why-no-comment"))
                .isEqualTo("Commenting is open only while a comment period open to your organization runs.");
    }

    @Test
    void commentTextIsRenderedSafely() {
        comments.startOnProposal(proposal.id(),
                "**bold** <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");
        open();
        var html = onlyCard().getElement().getOuterHTML();
        assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script", "onerror", "javascript:");
    }

    @Test
    void focusingAThreadShowsItEvenWhenFilteredOutAndFiresNothingBackWhileAClickDoes() {
        var thread = comments.startOnProposal(proposal.id(), "To be resolved.");
        comments.resolve(thread.id());
        open();
        var panel = $(ThreadPanel.class).single();
        var focused = new ArrayList<ThreadId>();
        panel.onThreadFocused(focused::add);
        assertThat($(ThreadCard.class).all()).isEmpty();

        panel.focus(thread.id());
        var card = onlyCard();
        assertThat(card.hasClassName("thread-focused")).isTrue();
        assertThat(focused).isEmpty();

        ComponentUtil.fireEvent(card, new ClickEvent<>(card));
        assertThat(focused).containsExactly(thread.id());
    }

    private void open() {
        navigate("proposals/" + proposal.id().value(), Component.class);
    }

    private ThreadCard onlyCard() {
        return $(ThreadCard.class).single();
    }

    private ThreadCard card(ThreadId thread) {
        return $(ThreadCard.class).withId("thread-" + thread.value()).single();
    }

    private List<String> cardTexts() {
        return $(ThreadCard.class).all().stream().map(ThreadCard::thread).map(CommentThread::comments)
                .map(c -> c.getFirst().text()).toList();
    }

    @SuppressWarnings("unchecked")
    private Select<String> organizations() {
        return $(Select.class).withId("filter-organization").single();
    }

    private void post(Component where, String text) {
        $(TextArea.class, where).single().setValue(text);
        click($(Button.class, where).withClassName("post-comment").single());
    }

    private void click(Button button) {
        test(button).click();
    }

    private String text(String id) {
        return $(Paragraph.class).withId(id).single().getText();
    }

    private PersonKey me() {
        return new PersonKey(signIn.issuer(), "member");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
