package org.quire.comment.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.quire.comment.CommentThread;
import org.quire.comment.Suggestion;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadTarget;

/**
 * A suggested edit as a tracked change (original struck, replacement inserted), where it stands,
 * and for those who decide: Accept, Reject with a reason, and a box to accept several at once. A
 * suggestion whose passage changed underneath says so and cannot be accepted.
 */
final class SuggestionBlock extends Div {

    private final Paragraph problem = new Paragraph();

    /** @param selected the pending suggestions ticked for "Accept selected", shared by the margin */
    SuggestionBlock(MarginContext context, CommentThread thread, Suggestion suggestion, Set<ThreadId> selected,
            Runnable selectionChanged) {
        addClassName("suggestion-block");
        var passage = (ThreadTarget.Passage) thread.target();
        var change = new Paragraph(new Del(passage.madeOn().quote()), new Ins(suggestion.replacement()));
        change.addClassName("suggested-change");
        var status = new Span(suggestion.status().label());
        status.addClassNames("suggestion-status", "suggestion-" + suggestion.status().name().toLowerCase(Locale.ROOT));
        add(change, status);
        var decision = suggestion.decision();
        if (decision != null) {
            var said = new Paragraph(suggestion.status().label() + " by " + context.nameOf(decision.by())
                    + (decision.revision() != null ? " in revision " + decision.revision() : "")
                    + (decision.reason() != null ? ": " + decision.reason() : "."));
            said.addClassName("suggestion-decision");
            add(said);
        }
        boolean unchanged = passage.state().quoteUnchanged();
        if (suggestion.pending() && !unchanged) {
            var stale = new Paragraph("The text changed since this was suggested: it cannot be applied as it is.");
            stale.addClassName("suggestion-stale");
            add(stale);
        }
        if (suggestion.pending() && context.permissions().decideSuggestions()) {
            problem.addClassName("review-problem");
            problem.getElement().setAttribute("role", "alert");
            problem.setVisible(false);
            var accept = new Button("Accept", click -> Attempt.of(
                    () -> context.actions().suggestions().accept(List.of(thread.id())), this::showProblem)
                    .ifPresent(accepted -> context.changed().run()));
            accept.addClassName("accept-suggestion");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            accept.setEnabled(unchanged);
            var reject = new Button("Reject…", click -> new RejectDialog(reason -> {
                context.actions().suggestions().reject(thread.id(), reason);
                context.changed().run();
            }).open());
            reject.addClassName("reject-suggestion");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            var buttons = new Div(accept, reject);
            buttons.addClassName("suggestion-buttons");
            if (unchanged) {
                var pick = new Checkbox("Select to accept with others", selected.contains(thread.id()));
                pick.addClassName("select-suggestion");
                pick.addValueChangeListener(ticked -> {
                    if (ticked.getValue()) {
                        selected.add(thread.id());
                    } else {
                        selected.remove(thread.id());
                    }
                    selectionChanged.run();
                });
                buttons.add(pick);
            }
            add(buttons, problem);
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    @Tag("del")
    static final class Del extends HtmlContainer {
        Del(String text) {
            setText(text);
            getElement().setAttribute("aria-label", "Suggested to remove: " + text);
        }
    }

    @Tag("ins")
    static final class Ins extends HtmlContainer {
        Ins(String text) {
            setText(text);
            getElement().setAttribute("aria-label", "Suggested to insert: " + text);
        }
    }
}
