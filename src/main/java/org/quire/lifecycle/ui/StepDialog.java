package org.quire.lifecycle.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.lifecycle.Lifecycle;
import org.quire.proposal.ConcurrentChange;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;

/**
 * Confirms a lifecycle step (taking it, proposing it, declining a proposal of it) with the reason
 * that goes on the timeline; a refusal shows in the dialog, so nothing typed is lost.
 */
class StepDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final Paragraph problem = new Paragraph();

    /**
     * @param act does the step with the reason given and returns what to tell the person
     * @param done receives that message once it is done
     */
    StepDialog(String title, String explanation, boolean reasonRequired, String confirmLabel,
            Function<String, String> act, Consumer<String> done) {
        setId("step-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        reason.setId("step-reason");
        reason.setRequired(reasonRequired);
        reason.setMaxLength(Lifecycle.MAX_REASON);
        reason.setHelperText((reasonRequired ? "Required. " : "Optional. ") + "Shown on the proposal's timeline; up to "
                + String.format("%,d", Lifecycle.MAX_REASON) + " characters.");
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        problem.setId("step-problem");
        problem.addClassName("field-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(new Paragraph(explanation), reason, problem);
        setWidth("32rem");
        var confirm = new Button(confirmLabel, click -> confirm(act, done));
        confirm.setId("confirm-step");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-step");
        getFooter().add(cancel, confirm);
    }

    /** Starts with {@code text} in the reason field, for the person to keep or change. */
    StepDialog prefilled(String text) {
        reason.setValue(text.length() > Lifecycle.MAX_REASON ? text.substring(0, Lifecycle.MAX_REASON) : text);
        return this;
    }

    private void confirm(Function<String, String> act, Consumer<String> done) {
        try {
            var message = act.apply(reason.getValue());
            close();
            done.accept(message);
        } catch (InputRejected | AccessRefused | ConcurrentChange refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
