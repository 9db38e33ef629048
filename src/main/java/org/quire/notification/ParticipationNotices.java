package org.quire.notification;

import org.quire.workgroup.ParticipationDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who asked to participate what staff decided. */
@Component
class ParticipationNotices {

    private final Notifier notifier;

    ParticipationNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(ParticipationDecided decided) {
        var workgroup = decided.workgroup();
        Notifier.guarded("participation request " + decided.request().value(), () -> {
            if (decided.approved()) {
                var role = decided.role() == null ? "a participant" : decided.role().label().toLowerCase();
                notifier.tell(decided.requester(), NotificationKind.PARTICIPATION_DECIDED, "Your request to "
                        + "participate in " + workgroup.name() + " was approved: you take part as " + role + ".",
                        Places.workgroup(workgroup));
            } else {
                var reason = decided.reason() == null ? "" : " Reason: " + Places.excerpt(decided.reason());
                notifier.tell(decided.requester(), NotificationKind.PARTICIPATION_DECIDED, "Your request to "
                        + "participate in " + workgroup.name() + " was declined." + reason,
                        Places.yourRequest(workgroup));
            }
        });
    }
}
