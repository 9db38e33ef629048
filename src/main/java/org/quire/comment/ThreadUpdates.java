package org.quire.comment;

import java.util.function.Consumer;

import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.Broadcast;
import org.quire.shared.Subscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open margins of a proposal that one of its threads changed, within the node, like
 * {@code ProposalUpdates} does for the text: each listener is called on a thread of its own, so a
 * slow page never delays a comment.
 */
@Component
public class ThreadUpdates implements DisposableBean {

    private final ProposalService proposals;
    private final Broadcast<ProposalId, ThreadChanged> margins = new Broadcast<>("A comment margin");

    ThreadUpdates(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** Signs the caller up for changes to the threads of a proposal they may read. */
    public Subscription subscribe(ProposalId proposal, Consumer<ThreadChanged> listener) {
        proposals.get(proposal);
        return margins.subscribe(proposal, listener);
    }

    @EventListener
    void on(ThreadChanged change) {
        margins.tell(change.proposal(), change);
    }

    int listenerCount(ProposalId proposal) {
        return margins.listenerCount(proposal);
    }

    @Override
    public void destroy() {
        margins.close();
    }
}
