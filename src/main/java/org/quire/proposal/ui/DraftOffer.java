package org.quire.proposal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.proposal.SectionDraft;
import org.quire.revision.TextDiff;

/**
 * Unsaved text found when the editor opens (kept in this browser or on the server): shown with its
 * changes against the current revision, to restore or discard. Nothing is thrown away unasked.
 */
class DraftOffer extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    private final SectionDraft draft;

    DraftOffer(SectionDraft draft, String keptWhere, String current, Consumer<SectionDraft> restore,
            Runnable discard) {
        this.draft = draft;
        setId("draft-offer");
        addClassName("editor-banner");
        getElement().setAttribute("role", "alert");
        var diff = TextDiff.between(current, draft.text());
        add(new Paragraph("You have unsaved text for this section, kept " + keptWhere + " on "
                + WHEN.format(draft.savedAt()) + " (written on revision " + draft.base() + "): "
                + diff.insertedWords() + " words more and " + diff.deletedWords()
                + " fewer than the current text."));
        var changes = new Details("Show the differences from the current text", new SourceChanges(diff, null));
        changes.setId("draft-changes");
        var restoreButton = new Button("Restore my unsaved text", click -> restore.accept(draft));
        restoreButton.setId("restore-draft");
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var discardButton = new Button("Discard it", click -> discard.run());
        discardButton.setId("discard-draft");
        discardButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(changes, new Div(restoreButton, discardButton));
    }

    SectionDraft draft() {
        return draft;
    }
}
