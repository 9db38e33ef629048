package org.quire.comment.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.comment.Suggestion;

/** Asks for the reason a suggested edit is turned down (required: the suggester reads it), then rejects it. */
final class RejectDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    RejectDialog(CommentBox.Post reject) {
        setId("reject-dialog");
        setHeaderTitle("Reject the suggested edit");
        setCloseOnOutsideClick(false);
        reason.setId("reject-reason");
        reason.setRequired(true);
        reason.setManualValidation(true);
        reason.setMaxLength(Suggestion.MAX_REASON);
        reason.setHelperText(String.format(Locale.ENGLISH, "The suggester reads it. Up to %,d characters.",
                Suggestion.MAX_REASON));
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.addValueChangeListener(typed -> reason.setInvalid(false));
        problem.addClassName("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(reason, problem);
        setWidth("30rem");
        var confirm = new Button("Reject", click -> confirm(reject));
        confirm.setId("confirm-reject");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-reject");
        getFooter().add(cancel, confirm);
    }

    private void confirm(CommentBox.Post reject) {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage("Give the reason: the suggester reads it.");
            reason.setInvalid(true);
            return;
        }
        Attempt.of(() -> {
            reject.send(reason.getValue().strip());
            return true;
        }, message -> {
            problem.setText(message);
            problem.setVisible(true);
        }).ifPresent(done -> close());
    }
}
