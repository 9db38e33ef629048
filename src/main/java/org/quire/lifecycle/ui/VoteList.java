package org.quire.lifecycle.ui;

import java.util.Comparator;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.lifecycle.Ballot;
import org.quire.lifecycle.BallotOutlook;
import org.quire.lifecycle.Vote;

/** Who voted how and why on a ballot, who has not yet, and the ballots before it. */
final class VoteList {

    private VoteList() {
    }

    static Div of(Ballot ballot, BallotOutlook outlook) {
        var list = new Div();
        list.setId("vote-list");
        if (ballot.votes().isEmpty()) {
            list.add(new Paragraph("Nobody has voted yet."));
        } else {
            var items = new UnorderedList();
            ballot.votes().stream().sorted(Comparator.comparing(Vote::at)).forEach(vote -> items.add(new ListItem(
                    outlook.name(vote.voter()) + ": " + vote.choice().label() + " (" + BallotTexts.when(vote.at())
                            + ")" + (vote.note().isEmpty() ? "" : " \u2014 " + vote.note()))));
            list.add(items);
        }
        var waiting = ballot.eligible().stream().filter(voter -> ballot.voteOf(voter.person()).isEmpty())
                .map(voter -> voter.name()).sorted().toList();
        if (!waiting.isEmpty() && ballot.isOpen()) {
            list.add(new Paragraph("Not yet voted: " + String.join(", ", waiting) + "."));
        }
        return list;
    }

    static Details earlier(BallotOutlook outlook) {
        var list = new UnorderedList();
        list.setId("earlier-votes");
        for (var ballot : outlook.earlier()) {
            var tally = ballot.tally();
            list.add(new ListItem("\u201c" + ballot.milestoneName() + "\u201d, opened " + BallotTexts.when(
                    ballot.opened()) + ": " + BallotTexts.state(ballot) + " (approve " + tally.approve()
                    + ", oppose " + tally.oppose() + ", abstain " + tally.abstain() + " of " + tally.eligible()
                    + ")" + (ballot.cancelled() ? " \u2014 " + ballot.cancelledReason() : "")));
        }
        return new Details("Earlier votes on this proposal (" + outlook.earlier().size() + ")", list);
    }
}
