package org.quire.proposal.ui;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorFlag;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The descriptor form without a browser: real services and store, typing through Vaadin's
 * browserless testers (values arrive as from the browser). Saving and the preview run off the
 * request thread and arrive through {@code PageTasks}.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.proposal.ui", "org.quire.shell.ui"})
class DescriptorFormViewTest extends SpringBrowserlessTest {

    static final String PARENT_TEXT = "Telemedicine visit by live link; brief clinical reasoning";

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
    Descriptor visit = Descriptor.of("9X0X1", DescriptorAction.NEW, PARENT_TEXT);
    Descriptor audio = Descriptor.of("9X0X2", DescriptorAction.NEW, "Telemedicine visit by audio only")
            .withNotes(List.of("For a visit by live link, use 9X0X1."));

    @BeforeEach
    void aProposal() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Descriptors without a browser", List.of()));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aBadCodeIsShownNextToItsFieldAndCountedAboveUntilItIsFixed() {
        savedSet(visit);
        open();
        var code = field("code-" + visit.id());

        test(code).setValue("9x0x1");

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("write the code in capitals, as 9X0X1");
        assertThat(code.getElement().getAttribute("data-rules")).isEqualTo("code-format");
        assertThat(problemCount()).startsWith("1 error.");
        assertThat($(Button.class).withClassName("problem-link").single().getText()).contains("9X0X1");

        test(code).setValue("9X0X1");

        assertThat(code.isInvalid()).isFalse();
        assertThat(code.getErrorMessage()).isNullOrEmpty();
        assertThat(problemCount()).startsWith("No problems");
    }

    @Test
    void anEmptySetInvitesAFamilyThenAParentAndAnIndentedCodeThatShowsTheSharedWords() {
        open();
        assertThat($(Paragraph.class).withText("No codes yet.").single().isVisible()).isTrue();

        test($(Button.class).withId("add-family").single()).click();
        var family = $(FamilyPanel.class).single();
        test(field("family-name-" + family.id)).setValue("Telemedicine visits");
        assertThat($(Paragraph.class).withText("No codes yet.").all()).isEmpty();
        test($(Button.class).withId("add-code-" + family.id).single()).click();
        var parent = $(DescriptorCard.class).single();
        test(field("code-" + parent.id)).setValue("9X0X1");
        test(area("text-" + parent.id)).setValue(PARENT_TEXT);
        test($(Button.class).withId("add-child-" + parent.id).single()).click();

        var child = $(DescriptorCard.class).all().stream().filter(card -> !card.id.equals(parent.id)).findFirst()
                .orElseThrow();
        assertThat(child.hasClassName("descriptor-child")).isTrue();
        assertThat(area("text-" + child.id).getLabel()).contains("Telemedicine visit by live link;");
        assertThat($(Button.class).withId("add-child-" + child.id).all()).as("CPT indents one level").isEmpty();
        test(field("code-" + child.id)).setValue("9X0X2");
        test(area("text-" + child.id)).setValue("moderate clinical reasoning");

        var set = formSet();
        assertThat(set.families()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("Telemedicine visits"));
        assertThat(set.descriptors()).extracting(Descriptor::code).containsExactly("9X0X1", "9X0X2");
        assertThat(set.descriptors().get(1).parent()).isEqualTo(parent.id);
        assertThat(problemCount()).startsWith("No problems");
        eventually(() -> preview().contains("moderate clinical reasoning") && preview().contains("cpt-children"));
    }

    @Test
    void renamingACodeRenamesTheNoteThatRefersToIt() {
        savedSet(visit, audio);
        open();

        test(field("code-" + visit.id())).setValue("9X0X5");

        var note = $(TextField.class, $(NotesEditor.class).withId("notes-" + audio.id()).single()).single();
        assertThat(note.getValue()).isEqualTo("For a visit by live link, use 9X0X5.");
        assertThat(formSet().descriptor(audio.id()).orElseThrow().notes())
                .containsExactly("For a visit by live link, use 9X0X5.");
        assertThat(problemCount()).startsWith("No problems");
    }

    @Test
    void codesMoveAmongTheirSiblingsAndARemovedCodeCanBeBroughtBack() {
        savedSet(visit, audio);
        open();

        test($(Button.class).withId("move-down-" + visit.id()).single()).click();
        assertThat(formSet().descriptors()).extracting(Descriptor::code).containsExactly("9X0X2", "9X0X1");
        assertThat($(DescriptorCard.class).all()).extracting(card -> card.id).containsExactly(audio.id(), visit.id());
        assertThat($(Button.class).withId("move-down-" + visit.id()).single().isEnabled()).isFalse();

        test($(Button.class).withId("remove-" + audio.id()).single()).click();
        assertThat(formSet().descriptors()).extracting(Descriptor::code).containsExactly("9X0X1");
        assertThat($(DescriptorCard.class).all()).hasSize(1);

        test($(Button.class).withId("undo-removal").single()).click();
        assertThat(formSet().descriptors()).extracting(Descriptor::code).containsExactly("9X0X2", "9X0X1");
    }

    @Test
    void anAddOnMarkWarnsUntilTheDescriptorEndsWithTheAddOnWording() {
        savedSet(visit);
        open();
        @SuppressWarnings("unchecked")
        CheckboxGroup<DescriptorFlag> flags = $(CheckboxGroup.class).withId("flags-" + visit.id()).single();

        test(flags).selectItem("+ add-on code");

        assertThat(formSet().descriptors().getFirst().flags()).containsExactly(DescriptorFlag.ADD_ON);
        var text = area("text-" + visit.id());
        assertThat(text.getElement().getAttribute("data-rules")).isEqualTo("add-on-wording");
        assertThat(text.isInvalid()).isFalse();
        assertThat(problemCount()).startsWith("1 warning.");

        test(text).setValue(PARENT_TEXT + " (List separately in addition to code for primary procedure)");
        assertThat(text.getElement().getAttribute("data-rules")).isNull();
        assertThat(problemCount()).startsWith("No problems");
    }

    @Test
    void aRevisedCodeAsksForItsCurrentTextAndInputThatCannotBeKeptStopsTheSave() {
        savedSet(visit);
        open();
        @SuppressWarnings("unchecked")
        Select<DescriptorAction> action = $(Select.class).withId("action-" + visit.id()).single();
        assertThat($(TextArea.class).withId("current-" + visit.id()).all()).isEmpty();

        test(action).selectItem("▲ Revised");
        var current = area("current-" + visit.id());
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getElement().getAttribute("data-rules")).contains("missing-current-text");

        var text = area("text-" + visit.id());
        test(text).setValue("Telemedicine visit\u0007 by live link");
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("invalid character");
        assertThat(text.getValue()).isEqualTo("Telemedicine visit\u0007 by live link");
        assertThat(problemCount()).contains("1 field holds input that cannot be kept");

        test($(Button.class).withId("save-descriptors").single()).click();
        assertThat(saveMessage()).contains("Nothing was saved");
        assertThat(descriptorSets.read(proposal.id()).head().number()).isEqualTo(2);
    }

    @Test
    void savingMakesARevisionOfTheSetInTheForm() {
        savedSet(visit);
        open();
        test(area("text-" + visit.id())).setValue(PARENT_TEXT + " of 10 minutes");
        test(field("change-summary")).setValue("Time added");

        test($(Button.class).withId("save-descriptors").single()).click();

        eventually(() -> saveMessage().equals("Saved as revision 3."));
        var saved = descriptorSets.read(proposal.id());
        assertThat(saved.head().number()).isEqualTo(3);
        assertThat(saved.head().summary()).isEqualTo("Time added");
        assertThat(saved.set().descriptors().getFirst().text()).endsWith("of 10 minutes");
        assertThat(saved.set()).isEqualTo(formSet());
    }

    @Test
    void aConflictKeepsThePersonsSetAndTheMergedSetSavesOnTop() {
        savedSet(visit);
        open();
        descriptorSets.save(proposal.id(), 2, set(visit.withText(PARENT_TEXT + " by a nurse")), "theirs");
        var text = area("text-" + visit.id());
        test(text).setValue(PARENT_TEXT + " by a physician");

        test($(Button.class).withId("save-descriptors").single()).click();

        eventually(() -> !$(DescriptorConflictPanel.class).all().isEmpty());
        var conflict = $(DescriptorConflictPanel.class).single().getElement().getTextRecursively();
        assertThat(conflict).contains("by a nurse", "by a physician", "Theirs (revision 3)");
        assertThat(text.getValue()).endsWith("by a physician");
        assertThat(descriptorSets.read(proposal.id()).head().number()).isEqualTo(3);

        test($(Button.class).withId("use-resolution").single()).click();
        test($(Button.class).withId("save-descriptors").single()).click();
        eventually(() -> saveMessage().equals("Saved as revision 4."));
        assertThat(descriptorSets.read(proposal.id()).set().descriptors().getFirst().text()).endsWith("by a physician");
    }

    @Test
    void unsavedChangesAreKeptOnTheServerAndOfferedBackOnTopOfTheRevisionTheyWereMadeOn() {
        savedSet(visit, audio);
        open();
        test(area("text-" + visit.id())).setValue(PARENT_TEXT + " of 10 minutes");
        eventually(() -> $(Span.class).withId("autosave-status").single().getText()
                .startsWith("Unsaved changes kept on the server"));
        leaveWithoutSaving();
        signInAs("staff"); // meanwhile someone else changes another code
        descriptorSets.save(proposal.id(), 2, set(visit, audio.withText("Telemedicine visit by telephone")), "");
        signInAs("member");

        open();
        var offer = $(DescriptorDraftOffer.class).single().getElement().getTextRecursively();
        assertThat(offer).contains("made on revision 2", "2 descriptors differ");
        test($(Button.class).withId("restore-draft").single()).click();
        eventually(() -> $(DescriptorDraftOffer.class).all().isEmpty());
        assertThat(area("text-" + visit.id()).getValue()).endsWith("of 10 minutes");

        test($(Button.class).withId("save-descriptors").single()).click();
        eventually(() -> saveMessage().startsWith("Saved as revision 4, merged with"));
        var saved = descriptorSets.read(proposal.id()).set().descriptors();
        assertThat(saved.getFirst().text()).endsWith("of 10 minutes");
        assertThat(saved.get(1).text()).isEqualTo("Telemedicine visit by telephone");

        open();
        assertThat($(DescriptorDraftOffer.class).all()).as("a save leaves no draft to offer").isEmpty();
    }

    @Test
    void aDiscardedDraftIsNotOfferedAgain() {
        savedSet(visit);
        open();
        test(area("text-" + visit.id())).setValue(PARENT_TEXT + " of 20 minutes");
        eventually(() -> $(Span.class).withId("autosave-status").single().getText()
                .startsWith("Unsaved changes kept on the server"));
        leaveWithoutSaving();

        open();
        test($(Button.class).withId("discard-draft").single()).click();
        eventually(() -> $(DescriptorDraftOffer.class).all().isEmpty());
        assertThat(area("text-" + visit.id()).getValue()).isEqualTo(PARENT_TEXT);

        open();
        assertThat($(DescriptorDraftOffer.class).all()).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        savedSet(visit);
        open();
        test(area("text-" + visit.id())).setValue(PARENT_TEXT + " of 10 minutes");

        UI.getCurrent().navigate(ProposalRoutes.proposal(proposal.id()));

        assertThat(getCurrentView()).isInstanceOf(DescriptorFormView.class);
        var dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Leave without saving?");
        test(dialog).confirm();
        assertThat(getCurrentView()).isInstanceOf(ProposalView.class);
    }

    @Test
    void anObserverIsRefusedTheForm() {
        savedSet(visit);
        signInAs("observer");

        UI.getCurrent().navigate(ProposalRoutes.editDescriptors(proposal.id()));

        assertThat(getCurrentView()).isNotInstanceOf(DescriptorFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
        assertThat($(Paragraph.class).withId("refusal-reason").single().getText()).contains("not let you edit");
    }

    static final CodeFamilyId FAMILY = new CodeFamilyId("visits");

    private DescriptorSet set(Descriptor... descriptors) {
        return new DescriptorSet(List.of(new CodeFamily(FAMILY, "Telemedicine visits", List.of(descriptors))),
                Set.of());
    }

    private void savedSet(Descriptor... descriptors) {
        descriptorSets.save(proposal.id(), 1, set(descriptors), "");
    }

    private void leaveWithoutSaving() {
        UI.getCurrent().navigate(ProposalRoutes.proposal(proposal.id()));
        test($(ConfirmDialog.class).single()).confirm();
    }

    private void open() {
        navigate(ProposalRoutes.editDescriptors(proposal.id()), DescriptorFormView.class);
    }

    /** The set as the form holds it: what a save would send, read through its edited state. */
    private DescriptorSet formSet() {
        return $(DescriptorForm.class).single().editedSet();
    }

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }

    private TextArea area(String id) {
        return $(TextArea.class).withId(id).single();
    }

    private String problemCount() {
        return $(Paragraph.class).withId("problem-count").single().getText();
    }

    private String preview() {
        var rendered = $(Html.class, $(DescriptorPreview.class).single()).all();
        return rendered.isEmpty() ? "" : rendered.getFirst().getInnerHtml();
    }

    private String saveMessage() {
        var messages = $(Paragraph.class).all().stream()
                .filter(p -> p.hasClassName("save-message") || p.hasClassName("save-problem")).toList();
        return messages.isEmpty() ? "" : messages.getLast().getText();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private void eventually(BooleanSupplier condition) {
        PageTasks.runUntil(condition, () -> roundTrip());
    }
}
