package org.quire.lifecycle.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.quire.lifecycle.Ballot;
import org.quire.lifecycle.Tally;
import org.quire.lifecycle.VotingRules;

/** A ballot's rules, count and outcome in words, the same on the panel and in its tests. */
final class BallotTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private BallotTexts() {
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static String quorumRule(VotingRules rules) {
        return "Quorum: " + rules.quorum() + " % of the eligible members vote (abstaining counts)";
    }

    static String thresholdRule(VotingRules rules) {
        return "Threshold: " + rules.threshold() + " % of those who approve or oppose approve (abstentions "
                + "are left out)";
    }

    static String notYetVoted(Tally tally) {
        return "Not yet voted: " + tally.notYetVoted() + " of " + tally.eligible() + " eligible";
    }

    static String quorum(Tally tally) {
        if (tally.eligible() == 0) {
            return "No quorum is possible: nobody was a member of the workgroup when this vote opened.";
        }
        var counted = tally.cast() + " of " + tally.eligible() + " voted, " + tally.quorumVotes() + " needed";
        return tally.quorumMet() ? "Quorum met: " + counted + "." : "Quorum not met: " + counted + ".";
    }

    static String threshold(Tally tally) {
        int counted = tally.approve() + tally.oppose();
        if (counted == 0) {
            return "Threshold not met: nobody has approved or opposed yet (" + tally.rules().threshold()
                    + " % approval needed).";
        }
        var share = tally.approve() + " of " + counted + " approve (" + tally.approvalPercent() + " %, "
                + tally.rules().threshold() + " % needed)";
        return tally.thresholdMet() ? "Threshold met: " + share + "." : "Threshold not met: " + share + ".";
    }

    /** What deciding now would fix, for the confirmation. */
    static String ifDecidedNow(Ballot ballot) {
        return "Decided now, the result is \"" + ballot.tally().result().label() + "\" (" + quorum(ballot.tally())
                + " " + threshold(ballot.tally()) + ") Nobody can vote or change a vote afterwards.";
    }

    static String state(Ballot ballot) {
        if (ballot.cancelled()) {
            return "Cancelled";
        }
        var result = ballot.result();
        return ballot.decided() && result != null ? "Decided: " + result.label() : "Open";
    }
}
