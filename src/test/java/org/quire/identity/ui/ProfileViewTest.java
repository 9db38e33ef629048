package org.quire.identity.ui;

import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.DisclosureReminder;
import org.quire.identity.InterestKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile page inside the real app shell, without a browser: the reminder above the page, the
 * provider's details shown read-only, problems next to their fields, and a confirmation that
 * clears the reminder at once.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.identity.ui", "org.quire.shell.ui"})
class ProfileViewTest extends SpringBrowserlessTest {

    /** The profile's address, as the shell's menu links to it. */
    static final String PROFILE = "profile";

    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aPersonWhoNeverStatedADisclosureIsRemindedStatesItAndTheReminderGoes() {
        signInAs("pv-discloser");
        navigate(PROFILE, ProfileView.class);

        var reminder = $(Div.class).withId("disclosure-reminder").single();
        assertThat(reminder.isVisible()).isTrue();
        assertThat($(Anchor.class).withId("disclosure-reminder-link").single().getText())
                .isEqualTo("Confirm your disclosures — you have not stated them in your profile yet.");
        assertThat($(Paragraph.class).withId("disclosure-status").single().getText())
                .isEqualTo("You have not stated your disclosure yet.");
        assertThat($(Button.class).withId("confirm-disclosure").single().isEnabled()).isFalse();

        test($(Button.class).withId("save-disclosure").single()).click();
        assertThat(interest().isInvalid()).isTrue();
        assertThat(interest().getErrorMessage()).contains("Disclose any conflict of interest");

        interest().setValue(InterestKind.FINANCIAL);
        test($(Button.class).withId("save-disclosure").single()).click();
        var description = $(TextArea.class).withId("interest-description").single();
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).isEqualTo("Describe the financial interest in 1 to 2000 characters.");

        description.setValue("Consults for a remote-monitoring company.");
        test($(Button.class).withId("save-disclosure").single()).click();

        assertThat($(Div.class).withId("disclosure-reminder").all()).as("queries find visible components only")
                .isEmpty();
        assertThat($(Paragraph.class).withId("disclosure-status").single().getText())
                .isEqualTo("Last confirmed on " + DisclosureReminder.day(Instant.now()) + ".");
        assertThat(interest().getValue()).isEqualTo(InterestKind.FINANCIAL);
        assertThat($(Button.class).withId("confirm-disclosure").single().isEnabled()).isTrue();
    }

    @Test
    void nameAndEmailAreTheProvidersAndTheOrganizationIsCheckedNextToItsField() {
        signInAs("pv-organizer");
        navigate(PROFILE, ProfileView.class);

        assertThat(text("provider-details")).contains("Name", "pv-organizer", "E-mail",
                "Not given by your identity provider");
        assertThat(text("provider-note")).contains("cannot change them here");
        assertThat($(TextField.class).all()).as("only the organization is editable")
                .extracting(field -> field.getId().orElseThrow()).containsExactly("organization");

        var organization = $(TextField.class).withId("organization").single();
        organization.setValue("o".repeat(201));
        test($(Button.class).withId("save-organization").single()).click();
        assertThat(organization.isInvalid()).isTrue();
        assertThat(organization.getErrorMessage()).isEqualTo("Your organization's name can have at most 200 "
                + "characters.");

        organization.setValue("Northfield Health System");
        test($(Button.class).withId("save-organization").single()).click();

        assertThat($(TextField.class).withId("organization").single().getValue()).isEqualTo("Northfield Health System");
        assertThat(text("signed-in-person")).as("the frame shows the change at once")
                .contains("Northfield Health System");
        assertThat($(Anchor.class).withId("profile-link").single().getHref()).isEqualTo(PROFILE);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<InterestKind> interest() {
        return (RadioButtonGroup<InterestKind>) $(RadioButtonGroup.class).withId("interest").single();
    }

    private String text(String id) {
        return $(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
