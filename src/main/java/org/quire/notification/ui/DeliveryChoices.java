package org.quire.notification.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.quire.notification.Delivery;
import org.quire.notification.NotificationKind;
import org.quire.notification.Notifications;

/** The person's choice, per kind of notification, of being told in Quire only or by e-mail too. */
final class DeliveryChoices extends Section {

    DeliveryChoices(Notifications notifications, Consumer<String> saved) {
        setId("delivery-choices");
        addClassName("delivery-choices");
        var heading = new H2("How you are told");
        heading.setId("delivery-heading");
        getElement().setAttribute("aria-labelledby", "delivery-heading");
        var mail = new Paragraph(notifications.emailAvailable()
                ? "Everything appears here in Quire. You can also have each kind sent to your e-mail address."
                : "Everything appears here in Quire. E-mail cannot reach you now (this Quire sends no e-mail, or "
                        + "your sign-in gives no address); your choices apply once it can.");
        mail.setId("email-availability");
        add(heading, mail);
        var preferences = notifications.preferences();
        for (var kind : NotificationKind.values()) {
            var choice = new RadioButtonGroup<Delivery>(kind.description());
            choice.setId("delivery-" + kind.name().toLowerCase().replace('_', '-'));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Delivery::label);
            choice.setValue(preferences.of(kind));
            choice.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    notifications.choose(kind, change.getValue());
                    saved.accept("Saved: " + kind.description().toLowerCase() + " — "
                            + change.getValue().label().toLowerCase() + ".");
                }
            });
            add(choice);
        }
    }
}
