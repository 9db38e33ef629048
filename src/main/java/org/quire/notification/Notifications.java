package org.quire.notification;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.notification.internal.NotificationStore;
import org.quire.notification.internal.PreferenceStore;
import org.quire.shared.Subscription;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's notifications and how they want to be told: each person reads, marks
 * and chooses only their own. Another person's notification answers "not found" (audited), so
 * guessing ids tells nothing.
 */
@Service
public class Notifications {

    /** The most a list shows; each person keeps {@code quire.notifications.keep-per-person}. */
    public static final int MAX_LIST = 500;

    private final NotificationStore store;
    private final PreferenceStore preferences;
    private final UnreadCounts unread;
    private final NotificationMail mail;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(NotificationStore store, PreferenceStore preferences, UnreadCounts unread, NotificationMail mail,
            CurrentPerson currentPerson, AuditTrail audit, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.unread = unread;
        this.mail = mail;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first, at most {@code limit} (and never more than {@link #MAX_LIST}). */
    public List<Notification> recent(int limit) {
        return store.latest(currentPerson.require().key(), Math.clamp(limit, 1, MAX_LIST));
    }

    public long unreadCount() {
        return store.unreadCount(currentPerson.require().key());
    }

    /**
     * Marks one of the person's notifications read (opening it does) and returns it, with the link
     * to follow.
     *
     * @throws NoSuchElementException when there is no such notification of the signed-in person
     */
    public Notification open(NotificationId id) {
        var me = currentPerson.require();
        var notification = store.find(id).filter(found -> found.recipient().equals(me.key()))
                .orElseThrow(() -> notFound(me, id));
        if (store.markRead(id, me.key(), clock.instant())) {
            unread.changed(me.key(), store.unreadCount(me.key()));
        }
        return store.find(id).orElse(notification);
    }

    /** @return how many were unread */
    public long markAllRead() {
        var me = currentPerson.require().key();
        var marked = store.markAllRead(me, clock.instant());
        if (marked > 0) {
            unread.changed(me, 0);
        }
        return marked;
    }

    public NotificationPreferences preferences() {
        return preferences.of(currentPerson.require().key());
    }

    public NotificationPreferences choose(NotificationKind kind, Delivery delivery) {
        var me = currentPerson.require().key();
        var before = preferences.of(me).of(kind);
        preferences.set(me, kind, delivery);
        if (before != delivery) {
            audit.record(AuditEntry.of(me, "notification.preference-changed", null, "notification-preference",
                    kind.name()).withChange(before.name(), delivery.name()));
        }
        return preferences.of(me);
    }

    /**
     * Whether e-mail can reach the signed-in person: mail is configured here and Quire knows their
     * address (the one mail is sent to, from their latest sign-in).
     */
    public boolean emailAvailable() {
        var me = currentPerson.require();
        return mail.configured() && mail.addressOf(me.key()).isPresent();
    }

    /** Signs the caller up for the signed-in person's unread count whenever it changes. */
    public Subscription subscribe(LongConsumer unreadCount) {
        return unread.subscribe(currentPerson.require().key(), unreadCount);
    }

    private NoSuchElementException notFound(Person me, NotificationId id) {
        audit.record(AuditEntry.of(me.key(), "access.refused", null, "notification", id.value())
                .withChange(null, "OPEN_NOTIFICATION"));
        return new NoSuchElementException("There is no such notification of yours.");
    }
}
