package org.quire.lifecycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.quire.lifecycle.Vote;
import org.quire.lifecycle.VoteChoice;
import org.quire.lifecycle.Votes;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;

/**
 * An eligible member's vote: approve, oppose or abstain with an optional note; their current vote
 * fills the form, so changing it starts from what they said. Refusals show beside the button.
 */
class VoteForm extends Div {

    VoteForm(Votes votes, ProposalId proposal, @Nullable Vote mine, Runnable cast) {
        addClassName("vote-form");
        var choice = new RadioButtonGroup<VoteChoice>("Your vote");
        choice.setId("vote-choice");
        choice.setItems(VoteChoice.values());
        choice.setItemLabelGenerator(VoteChoice::label);
        choice.setRequiredIndicatorVisible(true);
        var note = new TextArea("Note (optional)");
        note.setId("vote-note");
        note.setMaxLength(Vote.MAX_NOTE);
        note.setHelperText("Why, in a few words; at most " + Vote.MAX_NOTE + " characters. Others see it.");
        if (mine != null) {
            choice.setValue(mine.choice());
            note.setValue(mine.note());
        }
        var problem = new Paragraph();
        problem.setId("vote-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        var button = new Button(mine == null ? "Cast vote" : "Change vote", click -> {
            if (choice.getValue() == null) {
                problem.setText("Choose approve, oppose or abstain.");
                return;
            }
            try {
                votes.cast(proposal, choice.getValue(), note.getValue());
                cast.run();
            } catch (InputRejected | AccessRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        button.setId("cast-vote");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(choice, note, button, problem);
    }
}
