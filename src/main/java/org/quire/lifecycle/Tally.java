package org.quire.lifecycle;

import java.util.Collection;

/**
 * The count of a ballot against its rules, with integer arithmetic only: the quorum is met when
 * {@code cast * 100 >= quorum * eligible}, the threshold when
 * {@code approve * 100 >= threshold * (approve + oppose)}. Nobody eligible never makes a quorum;
 * no approval or opposition never meets a threshold.
 */
public record Tally(int eligible, int approve, int oppose, int abstain, VotingRules rules) {

    public static Tally of(int eligible, Collection<Vote> votes, VotingRules rules) {
        int approve = 0;
        int oppose = 0;
        int abstain = 0;
        for (var vote : votes) {
            switch (vote.choice()) {
                case APPROVE -> approve++;
                case OPPOSE -> oppose++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(eligible, approve, oppose, abstain, rules);
    }

    public int cast() {
        return approve + oppose + abstain;
    }

    /** Eligible voters who have not voted (never below zero). */
    public int notYetVoted() {
        return Math.max(0, eligible - cast());
    }

    /** The fewest votes that make the quorum: the quorum's share of the eligible, rounded up. */
    public int quorumVotes() {
        return (int) (((long) rules.quorum() * eligible + 99) / 100);
    }

    public boolean quorumMet() {
        return eligible > 0 && 100L * cast() >= (long) rules.quorum() * eligible;
    }

    public boolean thresholdMet() {
        int counted = approve + oppose;
        return counted > 0 && 100L * approve >= (long) rules.threshold() * counted;
    }

    /** The share of approvals among approve and oppose in whole percents, rounded down; 0 when none. */
    public int approvalPercent() {
        int counted = approve + oppose;
        return counted == 0 ? 0 : (int) (100L * approve / counted);
    }

    public BallotResult result() {
        if (!quorumMet()) {
            return BallotResult.NO_QUORUM;
        }
        return thresholdMet() ? BallotResult.APPROVED : BallotResult.NOT_APPROVED;
    }
}
