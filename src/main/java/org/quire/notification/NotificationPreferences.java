package org.quire.notification;

import java.util.EnumMap;
import java.util.Map;

/** A person's delivery per kind; a kind they never chose is delivered in Quire only. */
public record NotificationPreferences(Map<NotificationKind, Delivery> deliveries) {

    public NotificationPreferences {
        var all = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            all.put(kind, deliveries.getOrDefault(kind, Delivery.IN_APP));
        }
        deliveries = Map.copyOf(all);
    }

    public Delivery of(NotificationKind kind) {
        return deliveries.get(kind);
    }

    public boolean byEmail(NotificationKind kind) {
        return of(kind) == Delivery.IN_APP_AND_EMAIL;
    }
}
