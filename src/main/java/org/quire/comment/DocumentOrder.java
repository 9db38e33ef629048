package org.quire.comment;

import java.util.Comparator;
import java.util.List;

import org.quire.proposal.Proposal;

/**
 * Threads as a reader meets them: whole-proposal threads first, then passages section by section
 * in the proposal's order and by position, then descriptors; threads of a removed section last.
 * Equal places keep the order they were started in.
 */
final class DocumentOrder {

    private DocumentOrder() {
    }

    static List<CommentThread> of(Proposal proposal, List<CommentThread> threads) {
        var sections = proposal.currentSections().stream().map(section -> section.id()).toList();
        Comparator<CommentThread> order = Comparator.comparingInt(thread -> switch (thread.target()) {
            case ThreadTarget.WholeProposal w -> -1;
            case ThreadTarget.Passage p -> sections.contains(p.section()) ? sections.indexOf(p.section())
                    : sections.size() + 1;
            case ThreadTarget.Descriptor d -> sections.size();
        });
        order = order.thenComparingInt(thread -> thread.target() instanceof ThreadTarget.Passage p
                ? p.anchor().start() : 0);
        return threads.stream().sorted(order.thenComparing(CommentThread::startedAt)).toList();
    }
}
