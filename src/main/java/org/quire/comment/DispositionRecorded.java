package org.quire.comment;

import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/** STAFF recorded (or changed) the disposition of a commenter's thread; published after it is stored. */
public record DispositionRecorded(ThreadId thread, ProposalId proposal, WorkgroupId workgroup, PersonKey commenter,
        PersonKey recordedBy, DispositionKind kind) {
}
