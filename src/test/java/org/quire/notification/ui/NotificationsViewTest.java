package org.quire.notification.ui;

import java.time.Instant;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.notification.Delivery;
import org.quire.notification.NotificationKind;
import org.quire.notification.Notifications;
import org.quire.notification.internal.NotificationStore;
import org.quire.shared.PersonKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification centre without a browser: real services and store, each test a fresh person
 * whose notifications are put straight into the store.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = NotificationsView.class)
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationStore store;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    PersonKey me;

    @BeforeEach
    void aFreshPerson() {
        me = SignedIn.as(people, signIn.issuer(), "browserless-notified-" + UUID.randomUUID());
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void withNothingYetThePageSaysWhatWillAppearHere() {
        navigate(NotificationsView.class);

        assertThat($(Paragraph.class).withId("no-notifications").single().getText()).startsWith("You have no "
                + "notifications yet.");
        assertThat($(Button.class).withId("mark-all-read").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).withId("email-availability").single().getText())
                .contains("E-mail cannot reach you now");
    }

    @Test
    void newestComeFirstUnreadOnesAreMarkedAndMarkingThemReadUpdatesTheBell() {
        var now = Instant.now();
        store.insert(me, NotificationKind.REPLIED, "Older: a reply.", "proposals/p1#thread-t1", now.minusSeconds(60));
        var newer = store.insert(me, NotificationKind.MENTIONED, "Newer: a mention.", "proposals/p1#thread-t2", now);
        var bell = new NotificationBell(notifications);
        assertThat(bell.getElement().getAttribute("data-unread")).isEqualTo("2");
        assertThat(bell.getElement().getTextRecursively()).contains("Notifications, 2 unread");

        navigate(NotificationsView.class);
        var items = $(NotificationItem.class).all();
        assertThat(items).extracting(item -> item.getElement().getTextRecursively())
                .satisfiesExactly(first -> assertThat(first).startsWith("Unread").contains("Newer: a mention."),
                        second -> assertThat(second).contains("Older: a reply."));
        assertThat(items).allSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());

        test($(Button.class, items.getFirst()).withClassName("mark-read").single()).click();
        assertThat(store.find(newer.id()).orElseThrow().unread()).isFalse();
        assertThat($(NotificationItem.class).all()).filteredOn(item -> item.hasClassName("unread")).hasSize(1);

        test($(Button.class).withId("mark-all-read").single()).click();
        assertThat($(Paragraph.class).withId("notifications-status").single().getText()).isEqualTo("Marked 1 as read.");
        assertThat($(NotificationItem.class).all()).noneSatisfy(item -> assertThat(item.hasClassName("unread")).isTrue());
        assertThat(new NotificationBell(notifications).getElement().getAttribute("data-unread")).isEqualTo("0");
    }

    @Test
    void openingOneMarksItRead() {
        var one = store.insert(me, NotificationKind.PARTICIPATION_DECIDED, "Approved.", "workgroups/telehealth",
                Instant.now());
        navigate(NotificationsView.class);

        test($(Button.class).withClassName("open-notification").single()).click();

        assertThat(store.find(one.id()).orElseThrow().unread()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonChoosesPerKindHowTheyAreTold() {
        navigate(NotificationsView.class);
        var mentions = (RadioButtonGroup<Delivery>) $(RadioButtonGroup.class).withId("delivery-mentioned").single();
        assertThat(mentions.getValue()).isEqualTo(Delivery.IN_APP);
        assertThat($(RadioButtonGroup.class).all()).hasSize(NotificationKind.values().length);

        test(mentions).selectItem(Delivery.IN_APP_AND_EMAIL.label());

        assertThat(notifications.preferences().of(NotificationKind.MENTIONED)).isEqualTo(Delivery.IN_APP_AND_EMAIL);
        assertThat(notifications.preferences().of(NotificationKind.REPLIED)).isEqualTo(Delivery.IN_APP);
        assertThat($(Paragraph.class).withId("notifications-status").single().getText()).startsWith("Saved:");
        assertThat($(Div.class).withId("notification-list").single()).isNotNull();
    }
}
