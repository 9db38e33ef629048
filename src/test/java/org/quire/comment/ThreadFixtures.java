package org.quire.comment;

import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;
import org.springframework.context.ApplicationContext;

/**
 * Threads in states the margin must show while the services that make them are built elsewhere:
 * a suggested edit stored as {@link Suggestions} will store it, and its decision or disposition
 * written through the one path every thread change takes ({@link ThreadChanges}).
 */
public final class ThreadFixtures {

    private ThreadFixtures() {
    }

    public static CommentThread suggested(CommentThreads threads, ProposalId proposal, SectionId section,
            int revision, int start, int end, String replacement, String why) {
        return threads.start(threads.commentable(proposal), threads.passage(proposal, section, revision, start, end),
                why, Suggestion.pending(replacement));
    }

    public static CommentThread withSuggestion(ApplicationContext context, ThreadId thread, Suggestion suggestion) {
        return context.getBean(ThreadChanges.class).apply(thread, ThreadChanges.Need.COMMENT, "test.suggestion",
                stored -> stored.withSuggestion(suggestion));
    }

    public static CommentThread withDisposition(ApplicationContext context, ThreadId thread, Disposition disposition) {
        return context.getBean(ThreadChanges.class).apply(thread, ThreadChanges.Need.COMMENT, "test.disposition",
                stored -> stored.withDisposition(disposition));
    }
}
