package org.quire.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.notification.Notification;
import org.quire.notification.Notifications;

/**
 * The notification centre: the person's notifications, newest first, unread ones marked; opening
 * one marks it read and goes to the place it is about. Below, how the person wants to be told.
 */
@Route(NotificationsView.PATH)
@PageTitle("Notifications · Quire")
@PermitAll
class NotificationsView extends VerticalLayout {

    static final String PATH = "notifications";
    static final int SHOWN = 100;

    private final Notifications notifications;
    private final Paragraph status = new Paragraph();
    private final Button markAll = new Button("Mark all as read");
    private final Div list = new Div();

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("notifications-page");
        status.setId("notifications-status");
        status.getElement().setAttribute("role", "status");
        markAll.setId("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> {
            var marked = notifications.markAllRead();
            show();
            status.setText(marked == 0 ? "Nothing was unread." : "Marked " + marked + " as read.");
        });
        list.setId("notification-list");
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", "Your notifications, newest first");
        add(new H1("Notifications"), status, markAll, list, new DeliveryChoices(notifications, status::setText));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        show();
    }

    private void show() {
        list.removeAll();
        var recent = notifications.recent(SHOWN);
        markAll.setEnabled(recent.stream().anyMatch(Notification::unread));
        if (recent.isEmpty()) {
            var empty = new Paragraph("You have no notifications yet. When someone mentions you, replies in a thread "
                    + "you wrote in, decides on your suggestion or request, or a comment period opens to you, it "
                    + "appears here.");
            empty.setId("no-notifications");
            list.add(empty);
            return;
        }
        recent.forEach(notification -> list.add(new NotificationItem(notification, this::open, this::markRead)));
        if (recent.size() == SHOWN) {
            list.add(new Paragraph("Showing your newest " + SHOWN + " notifications."));
        }
    }

    private void open(Notification notification) {
        var opened = notifications.open(notification.id());
        getUI().ifPresent(ui -> ui.getPage().setLocation(opened.link()));
    }

    private void markRead(Notification notification) {
        notifications.open(notification.id());
        show();
        status.setText("Marked as read.");
    }
}
