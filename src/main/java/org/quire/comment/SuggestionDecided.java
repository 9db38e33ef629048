package org.quire.comment;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/** A member accepted or rejected a suggested edit; published after the thread is stored. */
public record SuggestionDecided(ThreadId thread, ProposalId proposal, WorkgroupId workgroup, PersonKey suggester,
        PersonKey decidedBy, SuggestionStatus status, @Nullable String reason) {
}
