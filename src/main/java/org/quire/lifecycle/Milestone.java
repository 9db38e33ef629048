package org.quire.lifecycle;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * The whole proposal frozen under a name: the sections readers saw, in order, each at its revision,
 * and the descriptor set's revision.
 *
 * @param entered the state whose entry made it, or {@code null} for one made by hand
 * @param enteredAt the time of that state change (matches the timeline entry), or {@code null}
 */
public record Milestone(MilestoneId id, ProposalId proposal, WorkgroupId workgroup, String name,
        @Nullable ProposalState entered, @Nullable Instant enteredAt, List<MilestoneSection> sections,
        int descriptorRevision, PersonKey by, Instant at) {

    public static final int MAX_NAME = 120;

    public Milestone {
        sections = List.copyOf(sections);
    }
}
