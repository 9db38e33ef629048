package org.quire.lifecycle;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Workgroup;

/**
 * The vote on a proposal as the signed-in person sees it: the current ballot, earlier ones, their
 * own vote and what they may do.
 *
 * @param ballot the latest ballot, or {@code null} when no vote was held
 * @param earlier the ballots before it, newest first
 * @param mine the person's vote on the latest ballot, if they cast one
 * @param voteNotice why a member cannot vote on the open ballot (empty when they can, or are not a member)
 * @param votersShown whether the ballots name who voted how ({@link org.quire.workgroup.WorkgroupAction#READ_VOTES});
 *        otherwise they carry the counts only ({@link Ballot#countsOnly()})
 * @param names the people the ballots name (voters, who decided or cancelled), as Quire knows them now
 */
public record BallotOutlook(ProposalId proposal, Workgroup workgroup, @Nullable Ballot ballot, List<Ballot> earlier,
        @Nullable Vote mine, boolean mayVote, String voteNotice, boolean mayDecide, boolean mayManageRules,
        boolean votersShown, Map<PersonKey, String> names) {

    public BallotOutlook {
        earlier = List.copyOf(earlier);
        names = Map.copyOf(names);
    }

    /** The person's name, or their subject when Quire does not know them. */
    public String name(PersonKey person) {
        return names.getOrDefault(person, person.subject());
    }
}
