package org.quire.notification;

import java.time.Clock;

import org.quire.notification.internal.NotificationStore;
import org.quire.notification.internal.PreferenceStore;
import org.quire.shared.PersonKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells one person one thing: stores it (keeping each person's latest few hundred), updates their
 * open bells, and sends it by e-mail when they chose that for its kind. Callers decide who may know.
 */
@Component
class Notifier {

    static final int MAX_TEXT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationStore store;
    private final PreferenceStore preferences;
    private final UnreadCounts unread;
    private final NotificationMail mail;
    private final NotificationSettings settings;
    private final Clock clock;

    Notifier(NotificationStore store, PreferenceStore preferences, UnreadCounts unread, NotificationMail mail,
            NotificationSettings settings, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.unread = unread;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    void tell(PersonKey recipient, NotificationKind kind, String text, String link) {
        var clipped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        var notification = store.insert(recipient, kind, clipped, link, clock.instant());
        store.keepLatest(recipient, settings.keepPerPerson());
        unread.changed(recipient, store.unreadCount(recipient));
        if (preferences.of(recipient).byEmail(kind)) {
            mail.send(notification);
        }
    }

    /** Runs a listener's work; a failure is logged, never thrown back at whoever caused the event. */
    static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.warn("Could not notify people of {}", what, failed);
        }
    }
}
