package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Votes through the real service and store, in a workgroup of each test's own with three members:
 * casting and changing, who is refused (and the refusal audited), deciding and the finality that
 * follows, the rules copied onto the ballot, and cancelling when the proposal leaves approval.
 */
@QuireIntegrationTest
class VotesIT {

    private static final String ISSUER = "urn:quire:votes";
    private static final AtomicInteger workgroups = new AtomicInteger();

    @Autowired
    Votes votes;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationContext beans;

    Workgroup workgroup;
    ProposalId proposal;

    @BeforeEach
    void aWorkgroupWithThreeMembersAndADraft() {
        int number = workgroups.incrementAndGet();
        workgroup = workgroupStore.create(new NewWorkgroup("votes-" + number + "-" + System.nanoTime(),
                "Votes Workgroup " + number, "A workgroup that votes.", List.of("Recommend codes.")));
        join("staff", WorkgroupRole.STAFF);
        join("member-a", WorkgroupRole.MEMBER);
        join("member-b", WorkgroupRole.MEMBER);
        join("member-c", WorkgroupRole.MEMBER);
        join("commenter", WorkgroupRole.COMMENTER);
        join("observer", WorkgroupRole.OBSERVER);
        memberships.add(new Membership(workgroup.id(), key("suspended"), WorkgroupRole.MEMBER,
                MembershipStatus.SUSPENDED));
        signInAs("staff");
        proposal = proposals.create(workgroup.id(), new NewProposal("Remote check-ins", List.of(1))).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theBallotOpensWithTheActiveMembersOfThatMomentAndTheWorkgroupsRules() {
        var ballot = ApprovalRound.open(beans::getBean, proposal);

        assertThat(ballot.eligible()).extracting(Voter::person)
                .containsExactlyInAnyOrder(key("member-a"), key("member-b"), key("member-c"));
        assertThat(ballot.eligible()).extracting(Voter::name).contains("member-a");
        assertThat(ballot.rules()).isEqualTo(VotingRules.DEFAULT);
        assertThat(ballot.isOpen()).isTrue();
        assertThat(ballot.votes()).isEmpty();
        signInAs("observer");
        assertThat(votes.current(proposal)).hasValueSatisfying(read -> assertThat(read.id()).isEqualTo(ballot.id()));
    }

    @Test
    void membersCastAndChangeTheirVotesAndTheTallyFollows() {
        ApprovalRound.open(beans::getBean, proposal);

        signInAs("member-a");
        votes.cast(proposal, VoteChoice.APPROVE, "  Reads well.  ");
        signInAs("member-b");
        votes.cast(proposal, VoteChoice.OPPOSE, "");
        signInAs("member-a");
        var ballot = votes.cast(proposal, VoteChoice.ABSTAIN, "On reflection, a conflict.");

        var tally = ballot.tally();
        assertThat(List.of(tally.approve(), tally.oppose(), tally.abstain(), tally.notYetVoted()))
                .containsExactly(0, 1, 1, 1);
        assertThat(ballot.voteOf(key("member-a"))).hasValueSatisfying(vote -> {
            assertThat(vote.choice()).isEqualTo(VoteChoice.ABSTAIN);
            assertThat(vote.note()).isEqualTo("On reflection, a conflict.");
        });
        assertThat(lastEventOf("member-a").action()).isEqualTo("lifecycle.vote-changed");
        assertThat(lastEventOf("member-a").before()).isEqualTo("APPROVE");
        assertThat(lastEventOf("member-b").action()).isEqualTo("lifecycle.vote-cast");

        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "x".repeat(Vote.MAX_NOTE + 1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 2000 characters");
        assertThat(votes.current(proposal).orElseThrow().voteOf(key("member-a")).orElseThrow().choice())
                .as("unchanged by the refused note").isEqualTo(VoteChoice.ABSTAIN);
    }

    @Test
    void aMemberWhoJoinedAfterTheBallotOpenedCannotVoteAndTheRefusalIsAudited() {
        ApprovalRound.open(beans::getBean, proposal);
        join("latecomer", WorkgroupRole.MEMBER);

        signInAs("latecomer");
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "")).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("members of the workgroup when the vote opened");
        assertThat(lastEventOf("latecomer").action()).isEqualTo("access.refused");
        assertThat(votes.outlook(proposal).voteNotice()).contains("cannot vote this time");
        assertThat(votes.outlook(proposal).mayVote()).isFalse();
        assertThat(votes.current(proposal).orElseThrow().votes()).isEmpty();
    }

    @Test
    void aMemberSuspendedAfterVotingCannotVoteAgainButTheirVoteStillCounts() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member-c");
        votes.cast(proposal, VoteChoice.APPROVE, "");
        memberships.changeStatus(workgroup.id(), key("member-c"), MembershipStatus.SUSPENDED);

        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.OPPOSE, ""))
                .isInstanceOfAny(AccessRefused.class, NoSuchElementException.class);
        signInAs("staff");
        assertThat(votes.current(proposal).orElseThrow().tally().approve()).isEqualTo(1);
        assertThat(votes.current(proposal).orElseThrow().tally().eligible()).isEqualTo(3);
    }

    @Test
    void staffCommentersAndObserversCannotVote() {
        ApprovalRound.open(beans::getBean, proposal);
        for (var who : List.of("staff", "commenter", "observer")) {
            signInAs(who);
            assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "")).as(who)
                    .isInstanceOf(AccessRefused.class).hasMessageContaining("vote on proposals");
            assertThat(lastEventOf(who).action()).as(who).isEqualTo("access.refused");
        }
        signInAs("staff");
        assertThat(votes.current(proposal).orElseThrow().votes()).isEmpty();
    }

    @Test
    void commentersReadTheCountsOnlyWhileTheWorkgroupReadsWhoVotedHow() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member-a");
        votes.cast(proposal, VoteChoice.APPROVE, "Clear enough.");
        signInAs("member-b");
        votes.cast(proposal, VoteChoice.OPPOSE, "Too broad.");

        signInAs("commenter");
        var counted = votes.current(proposal).orElseThrow();
        assertThat(counted.tally()).extracting(Tally::eligible, Tally::approve, Tally::oppose, Tally::abstain)
                .containsExactly(3, 1, 1, 0);
        assertThat(counted.votes()).extracting(Vote::voter).extracting(PersonKey::issuer).containsOnly(Ballot.UNNAMED);
        assertThat(counted.votes()).extracting(Vote::note).containsOnly("");
        assertThat(counted.eligible()).extracting(Voter::person).extracting(PersonKey::issuer)
                .containsOnly(Ballot.UNNAMED);
        assertThat(votes.ballots(proposal)).singleElement().isEqualTo(counted);
        assertThat(votes.outlook(proposal).votersShown()).isFalse();

        signInAs("observer");
        assertThat(votes.current(proposal).orElseThrow().votes()).extracting(Vote::voter, Vote::note)
                .containsExactlyInAnyOrder(tuple(key("member-a"), "Clear enough."),
                        tuple(key("member-b"), "Too broad."));
        assertThat(votes.outlook(proposal).votersShown()).isTrue();
    }

    @Test
    void withoutAnOpenBallotNobodyVotesAndStaffHaveNothingToDecide() {
        signInAs("member-a");
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "")).isInstanceOf(AccessRefused.class)
                .hasMessage("There is no open vote on this proposal.");
        assertThat(votes.current(proposal)).isEmpty();
        signInAs("staff");
        assertThatThrownBy(() -> votes.decide(proposal)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("no open vote to decide");
        assertThat(ApprovalRound.approved(beans::getBean, proposal)).isEmpty();
    }

    @Test
    void staffDecideAndTheResultIsFinal() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member-a");
        votes.cast(proposal, VoteChoice.APPROVE, "");
        signInAs("member-b");
        votes.cast(proposal, VoteChoice.APPROVE, "");
        assertThat(ApprovalRound.approved(beans::getBean, proposal)).as("undecided").isEmpty();

        signInAs("member-a");
        assertThatThrownBy(() -> votes.decide(proposal)).isInstanceOf(AccessRefused.class);
        signInAs("staff");
        var decided = votes.decide(proposal);

        assertThat(decided.result()).isEqualTo(BallotResult.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(key("staff"));
        assertThat(lastEventOf("staff").action()).isEqualTo("lifecycle.ballot-decided");
        assertThat(ApprovalRound.approved(beans::getBean, proposal)).contains(true);
        assertThatThrownBy(() -> votes.decide(proposal)).isInstanceOf(InputRejected.class);
        signInAs("member-c");
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.OPPOSE, "Too late?"))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("votes are final once decided");
        signInAs("member-a");
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.OPPOSE, "")).isInstanceOf(AccessRefused.class);
        assertThat(votes.current(proposal).orElseThrow().tally().approve()).isEqualTo(2);
    }

    @Test
    void aBallotDecidedShortOfItsQuorumDoesNotApprove() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("member-a");
        votes.cast(proposal, VoteChoice.APPROVE, "");
        signInAs("staff");

        assertThat(votes.decide(proposal).result()).as("1 of 3 under 50 %").isEqualTo(BallotResult.NO_QUORUM);
        assertThat(ApprovalRound.approved(beans::getBean, proposal)).contains(false);
    }

    @Test
    void theRulesInForceAreCopiedOntoTheBallotWhenItOpens() {
        votes.setRules(workgroup.id(), new VotingRules(100, 100));
        var ballot = ApprovalRound.open(beans::getBean, proposal);
        votes.setRules(workgroup.id(), new VotingRules(34, 50));

        assertThat(votes.rules(workgroup.id())).isEqualTo(new VotingRules(34, 50));
        assertThat(votes.current(proposal).orElseThrow().rules()).isEqualTo(new VotingRules(100, 100));
        assertThat(lastEventOf("staff").after()).isEqualTo("quorum 34 %, threshold 50 %");
        for (var member : List.of("member-a", "member-b")) {
            signInAs(member);
            votes.cast(proposal, VoteChoice.APPROVE, "");
        }
        signInAs("staff");
        assertThat(votes.decide(proposal).result()).as("two of three under a quorum of 100 %")
                .isEqualTo(BallotResult.NO_QUORUM);
        assertThat(ballot.rules()).isEqualTo(new VotingRules(100, 100));
    }

    @Test
    void rulesOutOfRangeAreRejectedAndOnlyStaffSetThem() {
        assertThatThrownBy(() -> votes.setRules(workgroup.id(), new VotingRules(0, 120)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("quorum is a whole percent")
                .hasMessageContaining("threshold is a whole percent");
        signInAs("member-a");
        assertThat(votes.rules(workgroup.id())).isEqualTo(VotingRules.DEFAULT);
        assertThatThrownBy(() -> votes.setRules(workgroup.id(), new VotingRules(60, 60)))
                .isInstanceOf(AccessRefused.class);
        assertThat(votes.rules(workgroup.id())).isEqualTo(VotingRules.DEFAULT);
    }

    @Test
    void leavingApprovalCancelsAnUndecidedBallotAndTheNextEntryOpensANewOne() {
        var first = ApprovalRound.open(beans::getBean, proposal);
        signInAs("member-a");
        votes.cast(proposal, VoteChoice.OPPOSE, "The vignette needs work.");

        ApprovalRound.returnToRevision(beans::getBean, proposal, key("staff"), "Returned to revise the vignette.");
        var cancelled = votes.current(proposal).orElseThrow();
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelledReason()).isEqualTo("Returned to revise the vignette.");
        assertThat(cancelled.votes()).hasSize(1);
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "")).isInstanceOf(AccessRefused.class);
        assertThat(ApprovalRound.approved(beans::getBean, proposal)).isEmpty();

        var second = ApprovalRound.open(beans::getBean, proposal);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.votes()).isEmpty();
        votes.cast(proposal, VoteChoice.APPROVE, "");
        assertThat(votes.ballots(proposal)).extracting(Ballot::id).containsExactly(first.id(), second.id());
        assertThat(votes.outlook(proposal).earlier()).extracting(Ballot::id).containsExactly(first.id());
    }

    @Test
    void aDecidedBallotStaysAsItWasWhenTheProposalLeavesApproval() {
        ApprovalRound.open(beans::getBean, proposal);
        votes.decide(proposal);
        ApprovalRound.returnToRevision(beans::getBean, proposal, key("staff"), "Returned.");

        var ballot = votes.current(proposal).orElseThrow();
        assertThat(ballot.decided()).isTrue();
        assertThat(ballot.cancelled()).isFalse();
        assertThat(ballot.result()).isEqualTo(BallotResult.NO_QUORUM);
    }

    @Test
    void outsidersCannotReadTheVote() {
        ApprovalRound.open(beans::getBean, proposal);
        signInAs("stranger");
        assertThatThrownBy(() -> votes.current(proposal)).isInstanceOfAny(NoSuchElementException.class,
                AccessRefused.class);
        assertThatThrownBy(() -> votes.cast(proposal, VoteChoice.APPROVE, "")).isInstanceOfAny(
                NoSuchElementException.class, AccessRefused.class);
    }

    private void join(String who, WorkgroupRole role) {
        people.introduce(key(who), who, null, null);
        memberships.add(new Membership(workgroup.id(), key(who), role, MembershipStatus.ACTIVE));
    }

    private AuditEvent lastEventOf(String who) {
        return audit.ofActor(key(who), 1).getFirst();
    }

    private PersonKey key(String who) {
        return new PersonKey(ISSUER, workgroup.id().value() + "-" + who);
    }

    private void signInAs(String who) {
        var key = key(who);
        SignedIn.as(people, key.issuer(), key.subject());
    }
}
