package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.COMMENTER;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.util.List;

import org.quire.lifecycle.ApprovalRound;
import org.quire.lifecycle.Ballot;
import org.quire.lifecycle.VoteChoice;
import org.quire.lifecycle.Votes;
import org.quire.lifecycle.VotingRules;

/**
 * The lifecycle module's vote operations (DD012) on the fixture's proposal under workgroup approval
 * with an open ballot: everyone who reads the proposal reads the vote (commenters too, since a
 * proposal under approval was open for comment); only members vote; only STAFF decide and set rules.
 */
final class VoteOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, COMMENTER, OBSERVER};

    private VoteOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("Votes.current(ProposalId)", f -> f.bean(Votes.class).current(ballot(f).proposal()), READERS)
                        .arranging(VoteOperations::ballot),
                of("Votes.ballots(ProposalId)", f -> f.bean(Votes.class).ballots(ballot(f).proposal()), READERS)
                        .arranging(VoteOperations::ballot),
                of("Votes.outlook(ProposalId)", f -> f.bean(Votes.class).outlook(ballot(f).proposal()), READERS)
                        .arranging(VoteOperations::ballot),
                of("Votes.cast(ProposalId, VoteChoice, String)", f -> f.bean(Votes.class)
                        .cast(ballot(f).proposal(), VoteChoice.APPROVE, "Reads well."), MEMBER)
                        .arranging(VoteOperations::ballot),
                of("Votes.decide(ProposalId)", f -> f.bean(Votes.class).decide(ballot(f).proposal()), STAFF)
                        .arranging(VoteOperations::ballot),
                of("Votes.rules(WorkgroupId)", f -> f.bean(Votes.class).rules(f.workgroupId()), READERS),
                of("Votes.setRules(WorkgroupId, VotingRules)", f -> f.bean(Votes.class)
                        .setRules(f.workgroupId(), new VotingRules(60, 75)), STAFF));
    }

    /** The fixture's proposal under workgroup approval, its ballot open to the fixture's member. */
    static Ballot ballot(Fixture fixture) {
        return fixture.once("open ballot", () -> ApprovalRound.open(fixture::bean,
                fixture.proposal().id()));
    }
}
