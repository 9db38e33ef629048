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
 * @param suggestion the suggested edit, for a thread that proposes one (passages only)
 * @param disposition STAFF's disposition, for a commenter's thread that has one
 * @param blocking whether, while open, it keeps the proposal from workgroup approval
 */
public record CommentThread(ThreadId id, ProposalId proposal, WorkgroupId workgroup, ThreadTarget target,
        ThreadStatus status, PersonKey startedBy, @Nullable String organization, Instant startedAt,
        List<Comment> comments, @Nullable Resolution resolution, @Nullable Suggestion suggestion,
        @Nullable Disposition disposition, boolean blocking, long version) {

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
                newComments, resolution, suggestion, disposition, blocking, version);
    }

    CommentThread withStatus(ThreadStatus newStatus, @Nullable Resolution newResolution) {
        return new CommentThread(id, proposal, workgroup, target, newStatus, startedBy, organization, startedAt,
                comments, newResolution, suggestion, disposition, blocking, version);
    }

    CommentThread withTarget(ThreadTarget newTarget) {
        return new CommentThread(id, proposal, workgroup, newTarget, status, startedBy, organization, startedAt,
                comments, resolution, suggestion, disposition, blocking, version);
    }

    CommentThread withSuggestion(Suggestion newSuggestion) {
        return new CommentThread(id, proposal, workgroup, target, status, startedBy, organization, startedAt,
                comments, resolution, newSuggestion, disposition, blocking, version);
    }

    CommentThread withDisposition(Disposition newDisposition) {
        return new CommentThread(id, proposal, workgroup, target, status, startedBy, organization, startedAt,
                comments, resolution, suggestion, newDisposition, blocking, version);
    }

    CommentThread withBlocking(boolean newBlocking) {
        return new CommentThread(id, proposal, workgroup, target, status, startedBy, organization, startedAt,
                comments, resolution, suggestion, disposition, newBlocking, version);
    }

    /** Open and marked blocking: keeps the proposal from workgroup approval. */
    public boolean blocksApproval() {
        return blocking && status == ThreadStatus.OPEN;
    }

    public boolean isSuggestion() {
        return suggestion != null;
    }
}
