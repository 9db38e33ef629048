package org.quire.lifecycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.lifecycle.Ballot;
import org.quire.lifecycle.BallotOutlook;
import org.quire.lifecycle.Votes;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;

/**
 * The lifecycle page's vote: the milestone voted on, the rules it opened with, the tally against
 * quorum and threshold, the result once decided; an eligible member's own vote; STAFF decide.
 */
class BallotPanel extends Section {

    private final Votes votes;
    private final ProposalId proposal;
    private final Runnable changed;
    private final Paragraph problem = new Paragraph();

    BallotPanel(Votes votes, ProposalId proposal, Runnable changed) {
        this.votes = votes;
        this.proposal = proposal;
        this.changed = changed;
        setId("vote");
        addClassName("ballot-panel");
        problem.setId("decide-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        show();
    }

    private void show() {
        removeAll();
        problem.setText("");
        add(new H2("Workgroup vote"));
        var outlook = votes.outlook(proposal);
        var ballot = outlook.ballot();
        if (ballot == null) {
            var empty = new Paragraph("No vote has been held on this proposal. When STAFF move it to workgroup "
                    + "approval, its members vote on the milestone made then.");
            empty.setId("vote-empty");
            add(empty);
        } else {
            add(ballot(ballot, outlook));
        }
        if (outlook.mayManageRules()) {
            var rules = new Anchor(VotingRulesView.path(outlook.workgroup()), "Voting rules of the workgroup");
            rules.setId("voting-rules-link");
            add(rules);
        }
        if (!outlook.earlier().isEmpty()) {
            add(VoteList.earlier(outlook));
        }
    }

    private Div ballot(Ballot ballot, BallotOutlook outlook) {
        var tally = ballot.tally();
        var state = new Span(BallotTexts.state(ballot));
        state.addClassName("state-badge");
        state.setId("vote-state");
        var heading = new H3(new Span("Milestone \u201c" + ballot.milestoneName() + "\u201d "), state);
        heading.setId("vote-milestone");
        var rules = new UnorderedList(new ListItem(BallotTexts.quorumRule(ballot.rules())),
                new ListItem(BallotTexts.thresholdRule(ballot.rules())));
        rules.setId("vote-rules");
        var counts = new UnorderedList(new ListItem("Approve: " + tally.approve()),
                new ListItem("Oppose: " + tally.oppose()), new ListItem("Abstain: " + tally.abstain()),
                new ListItem(BallotTexts.notYetVoted(tally)));
        counts.setId("vote-tally");
        counts.addClassName("vote-tally");
        var quorum = paragraph("vote-quorum", BallotTexts.quorum(tally));
        var threshold = paragraph("vote-threshold", BallotTexts.threshold(tally));
        var part = new Div(heading, paragraph("vote-opened", "Opened on " + BallotTexts.when(ballot.opened())
                + " for the " + (ballot.eligible().size() == 1 ? "one member" : ballot.eligible().size() + " members")
                + " of the workgroup at that moment; members "
                + "who join later do not vote on it."), rules, counts, quorum, threshold);
        var result = ballot.result();
        var decidedAt = ballot.decidedAt();
        if (result != null && decidedAt != null) {
            var decider = ballot.decidedBy();
            part.add(paragraph("vote-result", "Result: " + result.label() + ". Decided on "
                    + BallotTexts.when(decidedAt) + (decider == null ? "" : " by " + outlook.name(decider))
                    + "; votes are final."));
        }
        var cancelledAt = ballot.cancelledAt();
        if (cancelledAt != null) {
            part.add(paragraph("vote-cancelled", "Cancelled on " + BallotTexts.when(cancelledAt)
                    + " without a result: " + ballot.cancelledReason()));
        }
        if (!outlook.voteNotice().isEmpty()) {
            part.add(paragraph("vote-notice", outlook.voteNotice()));
        }
        var mine = outlook.mine();
        if (mine != null) {
            part.add(paragraph("my-vote", "Your vote: " + mine.choice().label()
                    + (mine.note().isEmpty() ? "" : " \u2014 " + mine.note()) + " (" + BallotTexts.when(mine.at())
                    + ")"));
        }
        if (outlook.mayVote()) {
            part.add(new VoteForm(votes, proposal, mine, this::changedHere));
        }
        if (outlook.mayDecide()) {
            part.add(decideButton(ballot), problem);
        }
        if (outlook.votersShown()) {
            part.add(new H3("Votes"), VoteList.of(ballot, outlook));
        } else {
            part.add(paragraph("votes-private", "Who voted how, and who has not voted yet, is shown to the "
                    + "workgroup only."));
        }
        return part;
    }

    private Button decideButton(Ballot ballot) {
        var decide = new Button("Decide the vote", click -> {
            var confirm = new ConfirmDialog("Decide the vote?", BallotTexts.ifDecidedNow(ballot), "Decide",
                    confirmed -> decide());
            confirm.setCancelable(true);
            confirm.setId("decide-confirm");
            confirm.open();
        });
        decide.setId("decide-vote");
        return decide;
    }

    private void decide() {
        try {
            votes.decide(proposal);
            changedHere();
        } catch (InputRejected | AccessRefused refused) {
            problem.setText(refused.getMessage());
        }
    }

    private void changedHere() {
        show();
        changed.run();
    }

    private static Paragraph paragraph(String id, String text) {
        var paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
