package org.quire.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.comment.internal.ThreadStore;
import org.quire.descriptor.DescriptorId;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Comment threads: started on a passage, a descriptor or the whole proposal; replies; editing and
 * deleting one's own comments; resolving and reopening. Every call checks that the caller may read
 * the proposal and act in its workgroup.
 */
@Service
public class CommentThreads {

    private final ThreadStore threads;
    private final ProposalService proposals;
    private final SectionService sections;
    private final DescriptorSetService descriptorSets;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AnchorFollower follower;
    private final CommentPeriods periods;
    private final ThreadChanges changes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentThreads(ThreadStore threads, ProposalService proposals, SectionService sections,
            DescriptorSetService descriptorSets, WorkgroupAccess access, CurrentPerson currentPerson,
            AnchorFollower follower, CommentPeriods periods, ThreadChanges changes, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.threads = threads;
        this.proposals = proposals;
        this.sections = sections;
        this.descriptorSets = descriptorSets;
        this.access = access;
        this.currentPerson = currentPerson;
        this.follower = follower;
        this.periods = periods;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A thread on the passage {@code start}–{@code end} of revision {@code revision} of a section's source. */
    public CommentThread startOnPassage(ProposalId proposalId, SectionId sectionId, int revision, int start, int end,
            String text) {
        var proposal = commentable(proposalId);
        return start(proposal, passage(proposalId, sectionId, revision, start, end), text, null);
    }

    /** The passage {@code start}–{@code end} of a section revision as a new thread's target. */
    ThreadTarget.Passage passage(ProposalId proposalId, SectionId sectionId, int revision, int start, int end) {
        var source = sections.textAt(proposalId, sectionId, revision);
        if (start < 0 || end > source.length() || start >= end) {
            throw new InputRejected("Select the passage to comment on: the selection is empty or outside the text.");
        }
        var anchor = TextAnchor.in(source, start, end);
        return new ThreadTarget.Passage(sectionId, revision, anchor, revision, anchor, AnchorState.INTACT);
    }

    public CommentThread startOnDescriptor(ProposalId proposalId, DescriptorId descriptorId, String text) {
        var proposal = commentable(proposalId);
        var descriptor = descriptorSets.read(proposalId).set().descriptor(descriptorId)
                .orElseThrow(() -> new NoSuchElementException("This descriptor is no longer in the set."));
        return start(proposal, new ThreadTarget.Descriptor(descriptorId, descriptor.code()), text, null);
    }

    public CommentThread startOnProposal(ProposalId proposalId, String text) {
        return start(commentable(proposalId), new ThreadTarget.WholeProposal(), text, null);
    }

    public CommentThread reply(ThreadId threadId, String text) {
        var checked = CommentLimits.checked(text);
        var replied = changes.apply(threadId, ThreadChanges.Need.COMMENT, "comment.replied", thread -> {
            if (thread.comments().size() >= CommentLimits.MAX_COMMENTS) {
                throw new InputRejected("This thread has " + CommentLimits.MAX_COMMENTS
                        + " comments, the most one thread holds. Start a new thread to go on.");
            }
            var comments = new ArrayList<>(thread.comments());
            comments.add(new Comment(CommentId.random(), me().key(), now(), checked, null, null));
            return thread.withComments(comments);
        });
        var earlier = replied.comments().subList(0, replied.comments().size() - 1);
        posted(replied, replied.comments().getLast(), earlier.stream().map(Comment::author).distinct().toList());
        return replied;
    }

    /** Changes one's own comment; others' comments are refused. */
    public CommentThread edit(ThreadId threadId, CommentId commentId, String text) {
        var checked = CommentLimits.checked(text);
        return changes.apply(threadId, ThreadChanges.Need.COMMENT, "comment.edited",
                thread -> replaced(thread, own(thread, commentId).edited(checked, now())));
    }

    /** Removes the text of one's own comment; the thread keeps a trace that it was there. */
    public CommentThread delete(ThreadId threadId, CommentId commentId) {
        return changes.apply(threadId, ThreadChanges.Need.COMMENT, "comment.deleted",
                thread -> replaced(thread, own(thread, commentId).deletedAt(now())));
    }

    public CommentThread resolve(ThreadId threadId) {
        return changes.apply(threadId, ThreadChanges.Need.RESOLVE, "comment.resolved",
                thread -> thread.withStatus(ThreadStatus.RESOLVED,
                        new CommentThread.Resolution(me().key(), now())));
    }

    public CommentThread reopen(ThreadId threadId) {
        return changes.apply(threadId, ThreadChanges.Need.RESOLVE, "comment.reopened",
                thread -> thread.withStatus(ThreadStatus.OPEN, null));
    }

    /**
     * Marks an open thread as blocking workgroup approval ({@code true}) or lifts the mark: the
     * lifecycle will not send the proposal to approval while such a thread is open.
     */
    public CommentThread markBlocking(ThreadId threadId, boolean blocking) {
        return changes.apply(threadId, ThreadChanges.Need.MARK_BLOCKING,
                blocking ? "comment.marked-blocking" : "comment.unmarked-blocking", thread -> {
                    if (blocking && thread.status() != ThreadStatus.OPEN) {
                        throw new InputRejected("Only an open thread can block approval; reopen it first.");
                    }
                    return thread.withBlocking(blocking);
                });
    }

    /** The proposal's threads, anchors followed to the current revisions, in document order. */
    public List<CommentThread> threads(ProposalId proposalId) {
        var proposal = proposals.get(proposalId);
        var followed = follower.followToHead(threads.ofProposal(proposalId));
        return DocumentOrder.of(proposal, followed);
    }

    public CommentThread thread(ThreadId threadId) {
        var thread = threads.find(threadId).orElseThrow(ThreadChanges::notFound);
        proposals.get(thread.proposal());
        return follower.followToHead(thread);
    }

    /**
     * Starts a thread; {@code suggestion} makes it a suggested edit of its passage, whose first
     * comment (why) may be empty, since its replacement says what it wants.
     */
    CommentThread start(Proposal proposal, ThreadTarget target, String text, @Nullable Suggestion suggestion) {
        var checked = suggestion != null && (text == null || text.isBlank()) ? "" : CommentLimits.checked(text);
        var me = me();
        var now = now();
        var thread = threads.insert(new CommentThread(new ThreadId("new"), proposal.id(), proposal.workgroup(), target,
                ThreadStatus.OPEN, me.key(), me.organization(), now,
                List.of(new Comment(CommentId.random(), me.key(), now, checked, null, null)), null, suggestion, null,
                false, 0));
        audit.record(AuditEntry.of(me.key(), "comment.started", proposal.workgroup().value(), "thread",
                thread.id().value()).withChange(null, proposal.number()));
        posted(thread, thread.comments().getFirst(), List.of());
        events.publishEvent(new ThreadChanged(thread.id(), thread.proposal()));
        return thread;
    }

    private void posted(CommentThread thread, Comment comment, List<PersonKey> participantsBefore) {
        events.publishEvent(new CommentPosted(thread.id(), thread.proposal(), thread.workgroup(), comment.id(),
                comment.author(), comment.text(), participantsBefore));
    }

    Proposal commentable(ProposalId proposalId) {
        var proposal = proposals.get(proposalId);
        periods.requireCommentable(proposalId);
        return proposal;
    }

    private Comment own(CommentThread thread, CommentId commentId) {
        var comment = thread.comment(commentId);
        access.requireSelf(me(), comment.author(), thread.workgroup(), "change a comment", "comment",
                commentId.value());
        if (comment.deleted()) {
            throw new InputRejected("This comment was deleted.");
        }
        return comment;
    }

    private static CommentThread replaced(CommentThread thread, Comment changed) {
        return thread.withComments(thread.comments().stream()
                .map(c -> c.id().equals(changed.id()) ? changed : c).toList());
    }

    /** Stored times have milliseconds; handing out the same value the store returns keeps them comparable. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Person me() {
        return currentPerson.require();
    }
}
