package org.quire.lifecycle;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.Proposal;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupService;
import org.springframework.stereotype.Component;

/** What the signed-in person may do about a proposal's vote, and why a member may not vote. */
@Component
class BallotOutlooks {

    private final WorkgroupService workgroups;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;

    BallotOutlooks(WorkgroupService workgroups, WorkgroupAccess access, CurrentPerson currentPerson,
            PersonDirectory people) {
        this.workgroups = workgroups;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
    }

    /** @param all the proposal's ballots, oldest first, read through a check */
    BallotOutlook of(Proposal proposal, List<Ballot> all) {
        var me = currentPerson.require();
        var workgroup = workgroups.workgroup(proposal.workgroup());
        var ballot = all.isEmpty() ? null : all.getLast();
        var earlier = all.isEmpty() ? List.<Ballot>of() : all.subList(0, all.size() - 1).reversed();
        boolean voter = access.allows(me, proposal.workgroup(), WorkgroupAction.VOTE);
        boolean manage = access.allows(me, proposal.workgroup(), WorkgroupAction.MANAGE_VOTES);
        boolean votersShown = access.allows(me, proposal.workgroup(), WorkgroupAction.READ_VOTES);
        if (ballot == null) {
            return new BallotOutlook(proposal.id(), workgroup, null, earlier, null, false, "", false, manage,
                    votersShown, Map.of());
        }
        boolean open = ballot.isOpen() && proposal.state().allowsVoting();
        boolean eligible = ballot.eligible(me.key());
        var notice = "";
        if (open && eligible && !voter) {
            notice = "Your role in the workgroup no longer lets you vote; a vote you cast before still counts.";
        } else if (open && !eligible && voter) {
            notice = "Only those who were members of the workgroup when this vote opened may vote on it, so "
                    + "you cannot vote this time.";
        }
        return new BallotOutlook(proposal.id(), workgroup, ballot, earlier, ballot.voteOf(me.key()).orElse(null),
                open && eligible && voter, notice, open && manage, manage, votersShown, names(all));
    }

    /** Voters as they were named when their ballot opened; who decided or cancelled as known now. */
    private Map<PersonKey, String> names(List<Ballot> all) {
        var names = new HashMap<PersonKey, String>();
        var others = new LinkedHashSet<PersonKey>();
        for (var ballot : all) {
            ballot.eligible().forEach(voter -> names.put(voter.person(), voter.name()));
            if (ballot.decidedBy() != null) {
                others.add(ballot.decidedBy());
            }
            if (ballot.cancelledBy() != null) {
                others.add(ballot.cancelledBy());
            }
        }
        people.findAll(others).forEach((key, person) -> names.put(key, person.name()));
        return names;
    }
}
