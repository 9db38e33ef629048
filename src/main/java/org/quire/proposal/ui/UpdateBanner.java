package org.quire.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Someone saved the section while you have unsaved text: offers to merge their revision into your
 * text (the same merge as a save). It does not take the focus or block typing.
 */
class UpdateBanner extends Div {

    private final Span message = new Span();
    private Runnable merge = () -> { };
    private int revision;

    UpdateBanner() {
        setId("update-banner");
        addClassName("editor-banner");
        getElement().setAttribute("role", "status");
        var mergeButton = new Button("Merge into my text", click -> merge.run());
        mergeButton.setId("merge-update");
        mergeButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var dismiss = new Button("Not now", click -> setVisible(false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(message, mergeButton, dismiss);
        setVisible(false);
    }

    void onMerge(Runnable action) {
        merge = action;
    }

    void offer(int newRevision, String author) {
        revision = Math.max(revision, newRevision);
        message.setText(author + " saved revision " + revision + " of this section while you were writing. ");
        setVisible(true);
    }

    /** Hides the offer once the editor is at (or past) the revision it offered. */
    void caughtUpWith(int base) {
        if (base >= revision) {
            setVisible(false);
        }
    }
}
