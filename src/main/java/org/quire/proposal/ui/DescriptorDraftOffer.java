package org.quire.proposal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.descriptor.DescriptorSetDiff;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.DescriptorDraft;
import org.quire.proposal.DescriptorDrafts;
import org.quire.proposal.DescriptorSetService;

/**
 * Unsaved descriptor changes found on the server when the form opens (a closed tab, a crash,
 * another device): offered back, restored on top of the revision they were made on (so saving
 * merges them with what changed since), or discarded. Nothing is thrown away unasked.
 */
class DescriptorDraftOffer extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    DescriptorDraftOffer(DescriptorDraft draft, CurrentDescriptorSet current, EditedDescriptorSet edited,
            InBackground tab, DescriptorSetService descriptorSets, DescriptorDrafts drafts, SaveMessages outcome) {
        setId("draft-offer");
        addClassName("editor-banner");
        getElement().setAttribute("role", "alert");
        var changed = DescriptorSetDiff.between(current.set(), draft.set()).descriptors().size();
        add(new Paragraph("You have unsaved changes to these code descriptors, kept on the server on "
                + WHEN.format(draft.savedAt()) + " (made on revision " + draft.base() + "): "
                + (changed == 1 ? "1 descriptor differs" : changed + " descriptors differ")
                + " from the current set."));
        var restore = new Button("Restore my unsaved changes", click -> tab.run(
                () -> descriptorSets.setAt(current.proposal().id(), draft.base()), baseSet -> {
                    edited.load(draft.base(), baseSet, draft.set());
                    removeFromParent();
                    outcome.say("Your unsaved changes are back in the form (made on revision " + draft.base()
                            + "). Saving merges them with what changed since.");
                }, problem -> outcome.warn("Your changes could not be restored (" + problem.getMessage()
                        + "). They are still kept; reload to try again.")));
        restore.setId("restore-draft");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var discard = new Button("Discard them", click -> tab.run(() -> {
            drafts.discard(current.proposal().id());
            return true;
        }, done -> removeFromParent(), problem -> outcome.warn("The draft could not be discarded ("
                + problem.getMessage() + "). Try again in a moment.")));
        discard.setId("discard-draft");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new Div(restore, discard));
    }
}
