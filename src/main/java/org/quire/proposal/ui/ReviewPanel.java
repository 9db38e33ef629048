package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.DescriptorReview;
import org.quire.shared.InputRejected;

/**
 * Whether the set is ready for review, and for editors the buttons to mark it or take the mark back.
 * A refusal (errors in the set, or a newer revision than the one shown) stays on the page as a list.
 */
class ReviewPanel extends Div {

    private final DescriptorReview review;
    private final Runnable refresh;
    private final Div problems = new Div();

    ReviewPanel(CurrentDescriptorSet current, boolean mayEdit, DescriptorReview review, PersonDirectory people,
            Runnable refresh) {
        this.review = review;
        this.refresh = refresh;
        setId("review-state");
        addClassName("review-panel");
        var state = new Paragraph(stateOf(current, people));
        state.setId("review-status");
        add(new H2("Review"), state);
        problems.setId("review-problems");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        if (mayEdit) {
            var buttons = new Div();
            buttons.addClassName("review-actions");
            if (!current.readyForReview()) {
                var mark = new Button("Mark ready for review", click -> markReady(current));
                mark.setId("mark-ready");
                mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(mark);
            }
            if (current.readiness() != null) {
                var withdraw = new Button("Withdraw", click -> withdraw(current));
                withdraw.setId("withdraw-ready");
                withdraw.setAriaLabel("Withdraw the mark “ready for review”");
                buttons.add(withdraw);
            }
            add(buttons);
        }
        add(problems);
    }

    static String stateOf(CurrentDescriptorSet current, PersonDirectory people) {
        var mark = current.readiness();
        if (mark == null) {
            return "Not marked ready for review.";
        }
        var who = people.find(mark.by()).map(person -> person.name()).orElse(mark.by().subject());
        var byWhom = "by " + who + ", " + ProposalListView.WHEN.format(mark.at());
        if (current.readyForReview()) {
            return "Ready for review (revision " + mark.revision() + ", " + byWhom + ").";
        }
        return "Changed since it was marked ready for review at revision " + mark.revision() + " (" + byWhom
                + "); now at revision " + current.head().number() + ".";
    }

    private void markReady(CurrentDescriptorSet current) {
        try {
            review.markReady(current.proposal().id(), current.head().number());
            refresh.run();
        } catch (InputRejected refused) {
            showProblems("Not marked ready for review:", refused.problems());
        }
    }

    private void withdraw(CurrentDescriptorSet current) {
        try {
            review.withdraw(current.proposal().id());
            refresh.run();
        } catch (InputRejected refused) {
            showProblems("Not withdrawn:", refused.problems());
        }
    }

    private void showProblems(String heading, List<String> messages) {
        problems.removeAll();
        var list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        problems.add(new Paragraph(heading), list);
        problems.setVisible(true);
    }
}
