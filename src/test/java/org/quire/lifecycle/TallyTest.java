package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quire.shared.PersonKey;

/** Counting a ballot against its quorum and threshold, at and around every edge. */
class TallyTest {

    private static final VotingRules HALF_AND_TWO_THIRDS = VotingRules.DEFAULT;

    @Test
    void votesAreCountedByChoiceAndThoseNotYetVotedAreTheRestOfTheEligible() {
        var tally = Tally.of(6, votes(2, 1, 1), HALF_AND_TWO_THIRDS);
        assertThat(tally.approve()).isEqualTo(2);
        assertThat(tally.oppose()).isEqualTo(1);
        assertThat(tally.abstain()).isEqualTo(1);
        assertThat(tally.cast()).isEqualTo(4);
        assertThat(tally.notYetVoted()).isEqualTo(2);
    }

    @Test
    void exactlyAtTheQuorumIsEnoughAndOneShortIsNot() {
        assertThat(new Tally(10, 5, 0, 0, HALF_AND_TWO_THIRDS).quorumMet()).isTrue();
        assertThat(new Tally(10, 4, 0, 0, HALF_AND_TWO_THIRDS).quorumMet()).isFalse();
        assertThat(new Tally(10, 4, 0, 0, HALF_AND_TWO_THIRDS).result()).isEqualTo(BallotResult.NO_QUORUM);
        assertThat(new Tally(10, 5, 0, 0, HALF_AND_TWO_THIRDS).quorumVotes()).isEqualTo(5);
    }

    @Test
    void aQuorumOfAnOddNumberRoundsUpToWholeVoters() {
        var rules = new VotingRules(50, 66);
        assertThat(new Tally(7, 0, 0, 3, rules).quorumMet()).as("3 of 7 is under half").isFalse();
        assertThat(new Tally(7, 0, 0, 4, rules).quorumMet()).isTrue();
        assertThat(new Tally(7, 0, 0, 0, rules).quorumVotes()).isEqualTo(4);
        assertThat(new Tally(3, 1, 0, 0, new VotingRules(34, 50)).quorumVotes()).as("34 % of 3 is 1.02").isEqualTo(2);
    }

    @Test
    void abstentionsCountTowardTheQuorumButNotTheThreshold() {
        var tally = new Tally(4, 1, 0, 1, HALF_AND_TWO_THIRDS);
        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.thresholdMet()).as("1 approval of 1 approve or oppose").isTrue();
        assertThat(tally.result()).isEqualTo(BallotResult.APPROVED);
    }

    @Test
    void whenEveryoneAbstainsTheQuorumIsMetButNothingIsApproved() {
        var tally = new Tally(3, 0, 0, 3, HALF_AND_TWO_THIRDS);
        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.thresholdMet()).isFalse();
        assertThat(tally.approvalPercent()).isZero();
        assertThat(tally.result()).isEqualTo(BallotResult.NOT_APPROVED);
    }

    @Test
    void withNobodyEligibleThereIsNeverAQuorum() {
        var tally = new Tally(0, 0, 0, 0, new VotingRules(1, 1));
        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.notYetVoted()).isZero();
        assertThat(tally.result()).isEqualTo(BallotResult.NO_QUORUM);
    }

    @Test
    void aTieFailsTwoThirdsAndPassesAThresholdOfHalf() {
        assertThat(new Tally(2, 1, 1, 0, HALF_AND_TWO_THIRDS).result()).isEqualTo(BallotResult.NOT_APPROVED);
        assertThat(new Tally(2, 1, 1, 0, new VotingRules(50, 50)).result()).isEqualTo(BallotResult.APPROVED);
        assertThat(new Tally(2, 1, 1, 0, new VotingRules(50, 51)).result()).as("more than half")
                .isEqualTo(BallotResult.NOT_APPROVED);
    }

    @Test
    void aThresholdExactlyMetIsEnoughAndJustUnderIsNot() {
        var threeQuarters = new VotingRules(50, 75);
        assertThat(new Tally(8, 3, 1, 0, threeQuarters).thresholdMet()).as("75 of 100 exactly").isTrue();
        assertThat(new Tally(8, 5, 2, 0, threeQuarters).thresholdMet()).as("71 %").isFalse();
        assertThat(new Tally(3, 2, 1, 0, HALF_AND_TWO_THIRDS).thresholdMet()).as("two of three at 66 %").isTrue();
        assertThat(new Tally(3, 2, 1, 0, new VotingRules(50, 67)).thresholdMet()).as("two of three at 67 %")
                .isFalse();
        assertThat(new Tally(100, 33, 17, 0, HALF_AND_TWO_THIRDS).thresholdMet()).as("exactly 66 %").isTrue();
        assertThat(new Tally(100, 65, 35, 0, HALF_AND_TWO_THIRDS).thresholdMet()).as("65 %").isFalse();
    }

    @Test
    void aUnanimousHundredPercentAndOneDissentUnderIt() {
        var unanimous = new VotingRules(100, 100);
        assertThat(new Tally(4, 4, 0, 0, unanimous).result()).isEqualTo(BallotResult.APPROVED);
        assertThat(new Tally(4, 3, 1, 0, unanimous).result()).isEqualTo(BallotResult.NOT_APPROVED);
        assertThat(new Tally(4, 3, 0, 0, unanimous).result()).as("one did not vote").isEqualTo(BallotResult.NO_QUORUM);
    }

    @Test
    void largeNumbersDoNotOverflow() {
        var tally = new Tally(Integer.MAX_VALUE, Integer.MAX_VALUE / 2, 0, 0, new VotingRules(100, 100));
        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.thresholdMet()).isTrue();
        assertThat(tally.quorumVotes()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rulesOutsideOneToAHundredPercentAreRefusedWithTheirReason() {
        assertThat(new VotingRules(0, 101).problems()).containsExactly(
                "The quorum is a whole percent from 1 to 100.", "The threshold is a whole percent from 1 to 100.");
        assertThat(new VotingRules(1, 100).problems()).isEmpty();
        assertThat(VotingRules.DEFAULT.problems()).isEmpty();
    }

    private static List<Vote> votes(int approve, int oppose, int abstain) {
        var votes = new ArrayList<Vote>();
        int n = 0;
        for (var choice : VoteChoice.values()) {
            int count = switch (choice) {
                case APPROVE -> approve;
                case OPPOSE -> oppose;
                case ABSTAIN -> abstain;
            };
            for (int i = 0; i < count; i++) {
                votes.add(new Vote(new PersonKey("urn:test", "voter-" + n++), choice, "", Instant.EPOCH));
            }
        }
        return votes;
    }
}
