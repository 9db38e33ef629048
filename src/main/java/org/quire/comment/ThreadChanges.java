package org.quire.comment;

import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.comment.internal.ThreadStore;
import org.quire.identity.CurrentPerson;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ConcurrentChange;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * One change to a stored thread: checked, applied to the fresh thread, written optimistically and
 * audited; on a collision the change is applied again to what the other writer left.
 */
@Component
class ThreadChanges {

    private static final int ATTEMPTS = 3;

    enum Need {
        /** Writing in the thread: the commenting rule of {@link CommentPeriods#requireCommentable}. */
        COMMENT,
        /** Resolving or reopening: whoever started the thread, or {@link WorkgroupAction#RESOLVE_THREAD}. */
        RESOLVE,
        /** Accepting or rejecting a suggested edit: {@link WorkgroupAction#DECIDE_SUGGESTIONS}. */
        DECIDE,
        /** Recording a disposition: {@link WorkgroupAction#RECORD_DISPOSITIONS} only. */
        DISPOSE,
        /** Marking a thread as blocking approval, or lifting the mark: {@link WorkgroupAction#MARK_BLOCKING}. */
        MARK_BLOCKING
    }

    private final ThreadStore threads;
    private final ProposalService proposals;
    private final CommentPeriods periods;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ThreadChanges(ThreadStore threads, ProposalService proposals, CommentPeriods periods, WorkgroupAccess access,
            CurrentPerson currentPerson, AuditTrail audit, ApplicationEventPublisher events) {
        this.threads = threads;
        this.proposals = proposals;
        this.periods = periods;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
    }

    CommentThread apply(ThreadId threadId, Need need, String auditAction, UnaryOperator<CommentThread> edit) {
        for (int attempt = 1; ; attempt++) {
            var thread = threads.find(threadId).orElseThrow(ThreadChanges::notFound);
            proposals.get(thread.proposal());
            var me = currentPerson.require();
            switch (need) {
                case COMMENT -> periods.requireCommentable(thread.proposal());
                case RESOLVE -> {
                    if (!thread.startedBy().equals(me.key())) {
                        access.require(me, thread.workgroup(), WorkgroupAction.RESOLVE_THREAD, "thread",
                                threadId.value());
                    }
                }
                case DECIDE -> access.require(me, thread.workgroup(), WorkgroupAction.DECIDE_SUGGESTIONS, "thread",
                        threadId.value());
                case DISPOSE -> access.require(me, thread.workgroup(), WorkgroupAction.RECORD_DISPOSITIONS, "thread",
                        threadId.value());
                case MARK_BLOCKING -> access.require(me, thread.workgroup(), WorkgroupAction.MARK_BLOCKING, "thread",
                        threadId.value());
            }
            try {
                var saved = threads.update(edit.apply(thread));
                audit.record(AuditEntry.of(me.key(), auditAction, thread.workgroup().value(), "thread",
                        threadId.value()));
                events.publishEvent(new ThreadChanged(threadId, saved.proposal()));
                return saved;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChange("Others changed this thread at the same moment. Reload and try again.");
                }
            }
        }
    }

    static NoSuchElementException notFound() {
        return new NoSuchElementException("There is no such thread, or it is not open to you.");
    }
}
