package org.quire.notification.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.quire.notification.Notification;

/** One notification in the list: what happened, when, whether it is unread, and how to go there. */
final class NotificationItem extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    NotificationItem(Notification notification, Consumer<Notification> open, Consumer<Notification> markRead) {
        var id = notification.id().value();
        setId("notification-" + id);
        addClassName("notification");
        getElement().setAttribute("role", "listitem");
        var heading = new Div();
        heading.addClassName("notification-heading");
        if (notification.unread()) {
            addClassName("unread");
            var marker = new Span("Unread");
            marker.addClassName("unread-marker");
            heading.add(marker);
        }
        var when = new Span(WHEN.format(notification.created()));
        when.addClassName("notification-time");
        heading.add(when);
        var text = new Paragraph(notification.text());
        text.addClassName("notification-text");
        var go = new Button("Open", click -> open.accept(notification));
        go.addClassName("open-notification");
        go.getElement().setAttribute("aria-label", "Open: " + notification.text());
        add(heading, text, go);
        if (notification.unread()) {
            var read = new Button("Mark as read", click -> markRead.accept(notification));
            read.addClassName("mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(read);
        }
    }
}
