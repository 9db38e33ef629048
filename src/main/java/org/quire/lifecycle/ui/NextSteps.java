package org.quire.lifecycle.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.lifecycle.Lifecycle;
import org.quire.lifecycle.LifecycleOutlook;
import org.quire.lifecycle.LifecycleStep;
import org.quire.lifecycle.NextStep;
import org.quire.lifecycle.StepRequests;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;

/** The steps from where the proposal stands: a button for those who may take or propose one, what blocks it. */
class NextSteps extends Section {

    NextSteps(LifecycleOutlook outlook, Lifecycle lifecycle, StepRequests requests, Consumer<String> done) {
        setId("next-steps");
        add(new H2("Next steps"));
        var id = outlook.proposal().id();
        if (outlook.next().isEmpty()) {
            add(new Paragraph("\"" + outlook.proposal().state().label() + "\" is where this proposal's way ends."));
            return;
        }
        boolean outcomeShown = false;
        for (var next : outlook.next()) {
            if (next.step().how() == LifecycleStep.How.BY_OUTCOME) {
                if (!outcomeShown) {
                    add(outcomeCard(id));
                }
                outcomeShown = true;
                continue;
            }
            add(card(next, id, lifecycle, requests, done));
        }
    }

    private static Div card(NextStep next, ProposalId id, Lifecycle lifecycle, StepRequests requests,
            Consumer<String> done) {
        var step = next.step();
        var card = new Div(new H3(step.label()));
        card.addClassName("next-step");
        card.setId("next-" + slug(step));
        switch (step.how()) {
            case BY_COMMENT_PERIOD -> card.add(new Paragraph(new Anchor("proposals/" + id.value() + "/comment-periods",
                    "On the comment periods page"), new Span(
                    ": opening or closing a period takes this step (STAFF).")));
            case BY_OUTCOME -> {
                // shown once for all three outcomes (outcomeCard)
            }
            case BY_STAFF -> {
                if (next.mayTake()) {
                    var take = new Button(step.label(), click -> new StepDialog(step.label(), explanation(step),
                            step.needsReason(), step.label(), reason -> {
                                lifecycle.move(id, step.to(), reason);
                                return "The proposal is now \"" + step.to().label() + "\".";
                            }, done).open());
                    take.setId("take-" + slug(step));
                    take.addThemeVariants(step.to() == ProposalState.WITHDRAWN
                            ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                    card.add(take);
                } else if (next.mayRequest()) {
                    var propose = new Button("Propose: " + step.label(), click -> new StepDialog(
                            "Propose: " + step.label(), "STAFF take the step or answer you; they see your reason.",
                            step.needsReason(), "Propose", reason -> {
                                requests.request(id, step.to(), reason);
                                return "Proposed: STAFF will take the step or answer.";
                            }, done).open());
                    propose.setId("propose-" + slug(step));
                    card.add(propose);
                } else if (next.blockers().isEmpty()) {
                    card.add(new Paragraph("STAFF take this step."));
                }
            }
        }
        if (!next.blockers().isEmpty()) {
            var list = new UnorderedList();
            list.setId("blockers-" + slug(step));
            list.addClassName("blockers");
            next.blockers().forEach(blocker -> list.add(new ListItem(new Anchor(blocker.place(), blocker.text()))));
            card.add(new Paragraph("What blocks it:"), list);
        }
        return card;
    }

    /** The Panel's three outcomes are one step for the reader: the outcome decides where the proposal goes. */
    private static Div outcomeCard(ProposalId id) {
        var card = new Div(new H3("The Panel's outcome: accepted, rejected or postponed"), new Paragraph(
                new Anchor("proposals/" + id.value() + "/lifecycle#panel-meeting", "Recorded with the Panel meeting"),
                new Span(" by STAFF once the Panel has decided.")));
        card.addClassName("next-step");
        card.setId("next-outcome");
        return card;
    }

    private static String explanation(LifecycleStep step) {
        return switch (step.to()) {
            case WORKGROUP_APPROVAL -> "A milestone is made of the proposal as it stands and the members vote on it. "
                    + "The text is frozen until the proposal is submitted or returned to revision.";
            case SUBMITTED -> "A milestone is made and the proposal goes to its Panel meeting. The text stays frozen "
                    + "until the Panel's outcome.";
            case REVISING -> "The text can change again; a vote not yet decided ends.";
            case WITHDRAWN -> "The proposal stops here: no more comments, votes or submission. Running comment "
                    + "periods end now.";
            default -> "The proposal moves to \"" + step.to().label() + "\".";
        };
    }

    static String slug(LifecycleStep step) {
        return step.to().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
