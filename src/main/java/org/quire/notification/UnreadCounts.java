package org.quire.notification;

import java.util.function.LongConsumer;

import org.quire.shared.PersonKey;
import org.quire.shared.Broadcast;
import org.quire.shared.Subscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells each open bell of a person their new unread count, within the node, the way
 * {@code ProposalUpdates} tells open proposal views: each listener on a thread of its own, so a slow
 * tab never delays a comment being posted.
 */
@Component
class UnreadCounts implements DisposableBean {

    private final Broadcast<PersonKey, Long> bells = new Broadcast<>("A notification bell");

    Subscription subscribe(PersonKey person, LongConsumer listener) {
        return bells.subscribe(person, listener::accept);
    }

    void changed(PersonKey person, long unread) {
        bells.tell(person, unread);
    }

    @Override
    public void destroy() {
        bells.close();
    }
}
