package org.quire.comment;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.ProposalId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A comment thread on a proposal: its target, its comments in order (the first one starts it), and
 * whether it is open.
 *
 * @param organization the organization of the person who started it, as it was then (for reports)
 */
public record CommentThread(ThreadId id, ProposalId proposal, WorkgroupId workgroup, ThreadTarget target,
        ThreadStatus status, PersonKey startedBy, @Nullable String organization, Instant startedAt,
        List<Comment> comments, @Nullable Resolution resolution, long version) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    /** Who resolved the thread and when. */
    public record Resolution(PersonKey by, Instant at) {
    }

    public Comment comment(CommentId commentId) {
        return comments.stream().filter(c -> c.id().equals(commentId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("This comment is no longer in the thread."));
    }

    /** Everyone who wrote in the thread, in order of their first comment. */
    public List<PersonKey> participants() {
        return comments.stream().map(Comment::author).distinct().toList();
    }

    CommentThread withComments(List<Comment> newComments) {
        return new CommentThread(id, proposal, workgroup, target, status, startedBy, organization, startedAt,
                newComments, resolution, version);
    }

    CommentThread withStatus(ThreadStatus newStatus, @Nullable Resolution newResolution) {
        return new CommentThread(id, proposal, workgroup, target, newStatus, startedBy, organization, startedAt,
                comments, newResolution, version);
    }

    CommentThread withTarget(ThreadTarget newTarget) {
        return new CommentThread(id, proposal, workgroup, newTarget, status, startedBy, organization, startedAt,
                comments, resolution, version);
    }
}
