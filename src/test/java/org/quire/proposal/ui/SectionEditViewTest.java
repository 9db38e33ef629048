package org.quire.proposal.ui;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.markdown.ui.EditorInBrowser;
import org.quire.markdown.ui.MarkdownEditor;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section editor's logic without a browser: saving from the editor field, following others'
 * saves (at once when nothing is unsaved, by the banner otherwise), and unsaved text offered back.
 * Work the view does off the request thread arrives through {@code roundTrip()}.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = SectionEditView.class)
class SectionEditViewTest extends SpringBrowserlessTest {

    static final String TEXT = "A visit lasts at least 20 minutes.\n\nReport it once per calendar month.";

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    SectionDrafts drafts;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;

    @BeforeEach
    void aSavedSection() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Editing without a browser", List.of()));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void savingFromTheEditorKeepsTheTextAndReportsTheRevision() {
        var editor = openEditor();
        new EditorInBrowser(editor).sendsValue("A third wording.");
        test($(Button.class).withId("save-section").single()).click();

        eventually(() -> saveMessage().equals("Saved as revision 3."));
        assertThat(editor.getValue()).isEqualTo("A third wording.");
        assertThat($(Button.class).withId("save-section").single().isEnabled()).isTrue();
    }

    @Test
    void anotherPersonsSaveUpdatesAnEditorWithNothingUnsaved() {
        var editor = openEditor();

        var browser = new EditorInBrowser(editor);

        savedByStaff(2, TEXT.replace("20 minutes", "30 minutes"));

        // before following, the server asks the browser for typing it has not sent yet (none here)
        eventually(() -> {
            browser.answersRequestsForWaitingText();
            return editor.getValue().contains("30 minutes");
        });
        assertThat(bannerShown()).isFalse();
    }

    @Test
    void anotherPersonsSaveIsOfferedAsAMergeIntoUnsavedText() {
        var editor = openEditor();
        new EditorInBrowser(editor).sendsValue(TEXT.replace("calendar month", "calendar month of service"));

        savedByStaff(2, TEXT.replace("20 minutes", "30 minutes"));
        eventually(this::bannerShown);
        assertThat($(UpdateBanner.class).single().getElement().getTextRecursively()).contains("saved revision 3");
        assertThat(editor.getValue()).contains("20 minutes");

        test($(Button.class).withId("merge-update").single()).click();
        eventually(() -> editor.getValue().contains("30 minutes"));
        assertThat(editor.getValue()).contains("calendar month of service");
        assertThat(bannerShown()).isFalse();
        assertThat(saveMessage()).contains("merged into your text");

        test($(Button.class).withId("save-section").single()).click();
        eventually(() -> saveMessage().equals("Saved as revision 4."));
    }

    @Test
    void aServerDraftIsOfferedBackAndRestored() {
        drafts.keep(proposal.id(), intro, 2, TEXT + "\n\nUnsaved paragraph.");
        var editor = openEditor();

        assertThat($(DraftOffer.class).single().getElement().getTextRecursively()).contains("on the server");
        test($(Button.class).withId("restore-draft").single()).click();

        eventually(() -> editor.getValue().endsWith("Unsaved paragraph."));
        assertThat($(DraftOffer.class).all()).isEmpty();
    }

    @Test
    void aDraftFromThisBrowserIsOfferedAndCanBeDiscarded() {
        var editor = openEditor();
        new EditorInBrowser(editor).findsDraft(TEXT + " Typed before the crash.", 2, System.currentTimeMillis());

        assertThat($(DraftOffer.class).single().getElement().getTextRecursively()).contains("in this browser");
        test($(Button.class).withId("discard-draft").single()).click();
        assertThat($(DraftOffer.class).all()).isEmpty();
        assertThat(editor.getValue()).isEqualTo(TEXT);
    }

    private MarkdownEditor openEditor() {
        navigate(ProposalRoutes.edit(proposal.id(), intro), SectionEditView.class);
        return $(MarkdownEditor.class).withId("section-text").single();
    }

    private void savedByStaff(int base, String text) {
        signInAs("staff");
        sections.save(proposal.id(), intro, base, text, "");
        signInAs("member");
    }

    private boolean bannerShown() {
        return $(UpdateBanner.class).all().stream().anyMatch(banner -> banner.isVisible());
    }

    private String saveMessage() {
        var messages = $(Paragraph.class).withClassName("save-message").all();
        return messages.isEmpty() ? "" : messages.getLast().getText();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private void eventually(BooleanSupplier condition) {
        PageTasks.runUntil(condition, () -> roundTrip());
    }
}
