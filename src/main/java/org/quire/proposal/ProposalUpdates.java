package org.quire.proposal;

import java.util.function.Consumer;

import org.quire.shared.Broadcast;
import org.quire.shared.Subscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open views of a proposal about every change to it, within the node (DESIGN.md section 3):
 * each listener is called on a thread of its own, so a slow view never delays a save or another view.
 */
@Component
public class ProposalUpdates implements DisposableBean {

    private final ProposalAccess proposalAccess;
    private final Broadcast<ProposalId, ProposalChanged> views = new Broadcast<>("A proposal view");

    ProposalUpdates(ProposalAccess proposalAccess) {
        this.proposalAccess = proposalAccess;
    }

    /** Signs the caller up for changes to a proposal they may read. */
    public Subscription subscribe(ProposalId proposal, Consumer<ProposalChanged> listener) {
        proposalAccess.toRead(proposal);
        return views.subscribe(proposal, listener);
    }

    @EventListener
    void on(ProposalChanged change) {
        views.tell(change.proposal(), change);
    }

    int listenerCount(ProposalId proposal) {
        return views.listenerCount(proposal);
    }

    @Override
    public void destroy() {
        views.close();
    }
}
