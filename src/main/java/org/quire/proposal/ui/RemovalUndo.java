package org.quire.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.quire.descriptor.DescriptorSet;

/**
 * A removal can be taken back for a few seconds, as long as nothing else changed since: a code with
 * a long text or a family of codes is lost by one click otherwise (saving is what makes it final).
 */
final class RemovalUndo {

    static final int SHOWN_MILLIS = 10_000;

    private RemovalUndo() {
    }

    static void offer(String what, DescriptorSet before, EditedDescriptorSet edited, SaveMessages messages) {
        var after = edited.set();
        var notification = new Notification();
        notification.setDuration(SHOWN_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        var undo = new Button("Undo", click -> {
            notification.close();
            if (edited.set().equals(after)) {
                edited.restructured(set -> before);
                messages.say("Brought back what was removed.");
            } else {
                messages.warn("It can no longer be brought back this way: the set changed since. Leave without "
                        + "saving or add it again.");
            }
        });
        undo.setId("undo-removal");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(what + " "), undo);
        notification.open();
    }
}
