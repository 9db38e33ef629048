package org.quire.comment;

import java.util.List;

import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A comment was written: a thread started ({@code participantsBefore} empty) or a reply. Published
 * after the thread is stored, for notifications (mentions, replies).
 *
 * @param participantsBefore who had written in the thread before this comment, in order
 */
public record CommentPosted(ThreadId thread, ProposalId proposal, WorkgroupId workgroup, CommentId comment,
        PersonKey author, String text, List<PersonKey> participantsBefore) {

    public CommentPosted {
        participantsBefore = List.copyOf(participantsBefore);
    }

    public boolean startedThread() {
        return participantsBefore.isEmpty();
    }
}
