package org.quire.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.quire.notification.Notifications;
import org.quire.shared.Subscription;

/**
 * The bell in the header: a link to the notification centre with the unread count, kept live while
 * the page is open (Push). Public, and its package a named interface, because the shell's layout
 * places it; everything else of the centre stays package-private.
 */
public class NotificationBell extends Anchor {

    private final Notifications notifications;
    private final Span badge = new Span();
    private final Span spoken = new Span();
    private @Nullable Subscription subscription;

    public NotificationBell(Notifications notifications) {
        super(NotificationsView.PATH, "");
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("notification-bell");
        var icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        badge.setId("notification-badge");
        badge.addClassName("notification-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        // always in the page, so screen readers announce each change without the focus moving
        spoken.setId("notification-count");
        spoken.addClassName("visually-hidden");
        spoken.getElement().setAttribute("aria-live", "polite");
        add(icon, badge, spoken);
        show(notifications.unreadCount());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        if (subscription == null) {
            subscription = notifications.subscribe(count -> {
                try {
                    ui.access(() -> show(count));
                } catch (UIDetachedException closed) {
                    // the tab is gone: nobody to show it to
                }
            });
        }
        show(notifications.unreadCount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    void show(long unread) {
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        spoken.setText(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        getElement().setAttribute("title", spoken.getText());
        getElement().setAttribute("data-unread", String.valueOf(unread));
    }
}
