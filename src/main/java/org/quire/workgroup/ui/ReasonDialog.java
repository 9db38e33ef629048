package org.quire.workgroup.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.MembershipReason;

/**
 * Asks staff for the written reason every membership change needs, then makes the change. A
 * problem with the reason shows next to the field; a refusal of the change itself (the last staff,
 * a change made meanwhile) shows above the buttons.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason");
    private final ProblemList problems = new ProblemList("reason-problems");

    /**
     * @param change makes the change with the reason given and returns what to tell staff
     * @param done receives that message once the change is made
     */
    ReasonDialog(String title, String explanation, String confirmLabel, Function<String, String> change,
            Consumer<String> done) {
        setId("reason-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        reason.setId("reason");
        reason.setRequired(true);
        reason.setManualValidation(true);
        reason.setMaxLength(MembershipReason.MAX_LENGTH);
        reason.setHelperText("Kept in the member's history and the audit log. Up to "
                + String.format(Locale.ENGLISH, "%,d", MembershipReason.MAX_LENGTH) + " characters.");
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        // Re-checked as staff type (lazily), so a problem shown once does not linger after it is fixed.
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.addValueChangeListener(typed -> reason.setInvalid(false));
        var intro = new Paragraph(explanation);
        intro.setId("reason-explanation");
        add(intro, reason, problems);
        setWidth("32rem");

        var confirm = new Button(confirmLabel, click -> confirm(change, done));
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-reason");
        getFooter().add(cancel, confirm);
    }

    private void confirm(Function<String, String> change, Consumer<String> done) {
        var problem = MembershipReason.problemOf(reason.getValue());
        if (problem.isPresent()) {
            reason.setErrorMessage(problem.get());
            reason.setInvalid(true);
            return;
        }
        try {
            var message = change.apply(reason.getValue());
            close();
            done.accept(message);
        } catch (InputRejected | AccessRefused refused) {
            problems.show(List.of(refused.getMessage()));
        }
    }
}
