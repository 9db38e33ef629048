package org.quire.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.quire.proposal.internal.CommentPeriodStore;
import org.quire.proposal.internal.ProposalStore;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.springframework.stereotype.Component;

/**
 * Who may read a proposal, and which comment periods run, for work Quire does on its own behalf
 * (notifications from listeners and scheduled jobs, where nobody is signed in). It checks nobody's
 * role, so views never call it (ArchitectureTest); it asks the same access policy
 * {@link ProposalAccess} asks for the person it is told about.
 */
@Component
public class ProposalReaders {

    private final ProposalStore proposals;
    private final CommentPeriodStore periods;
    private final WorkgroupAccess access;

    ProposalReaders(ProposalStore proposals, CommentPeriodStore periods, WorkgroupAccess access) {
        this.proposals = proposals;
        this.periods = periods;
        this.access = access;
    }

    public Optional<Proposal> find(ProposalId id) {
        return proposals.find(id);
    }

    /** Whether the person's current role lets them read the proposal (commenters: once opened for comment). */
    public boolean mayRead(PersonKey person, Proposal proposal) {
        var action = ProposalAccess.readAction(proposal);
        return access.roleOf(person, proposal.workgroup()).map(action::allows).orElse(false);
    }

    /** Periods of every proposal ending at or after {@code since}. */
    public List<CommentPeriod> periodsEndingSince(Instant since) {
        return periods.endingSince(since);
    }
}
