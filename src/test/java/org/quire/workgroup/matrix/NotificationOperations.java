package org.quire.workgroup.matrix;

import java.util.List;

import org.quire.notification.Delivery;
import org.quire.notification.NotificationId;
import org.quire.notification.NotificationKind;
import org.quire.notification.Notifications;

import static org.quire.workgroup.matrix.Operation.forEveryone;

/**
 * A person's own notifications and preferences: everyone signed in keeps their own, and only their
 * own; a notification that is not theirs is not found (NotificationsIT opens another's for real).
 */
final class NotificationOperations {

    private NotificationOperations() {
    }

    static List<Operation> all() {
        return List.of(
                forEveryone("Notifications.recent(int)", f -> notifications(f).recent(20)),
                forEveryone("Notifications.unreadCount()", f -> notifications(f).unreadCount()),
                forEveryone("Notifications.markAllRead()", f -> notifications(f).markAllRead()),
                forEveryone("Notifications.preferences()", f -> notifications(f).preferences()),
                forEveryone("Notifications.choose(NotificationKind, Delivery)",
                        f -> notifications(f).choose(NotificationKind.MENTIONED, Delivery.IN_APP_AND_EMAIL)),
                forEveryone("Notifications.emailAvailable()", f -> notifications(f).emailAvailable()),
                forEveryone("Notifications.subscribe(LongConsumer)",
                        f -> notifications(f).subscribe(count -> { }).cancel()),
                Operation.of("Notifications.open(NotificationId)",
                        f -> notifications(f).open(new NotificationId("0123456789abcdef01234567"))));
    }

    private static Notifications notifications(Fixture fixture) {
        return fixture.bean(Notifications.class);
    }
}
