package org.quire.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;

/**
 * One thing a person was told.
 *
 * @param link where it happened, relative to Quire's address (e.g. {@code proposals/42#thread-7})
 * @param readAt when the person opened it or marked it read; null while unread
 */
public record Notification(NotificationId id, PersonKey recipient, NotificationKind kind, String text, String link,
        Instant created, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
