package org.quire.workgroup.ui;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating a workgroup through its form without a browser: real services and store. */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.workgroup.ui", "org.quire.shell.ui"})
class NewWorkgroupViewTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void anAdministratorSeesEachProblemBesideItsFieldThenCreatesTheWorkgroupForItsFirstStaff() {
        people.introduce(key("founder-" + suffix), "Fiona Founder " + suffix, "fiona@" + suffix + ".example", null);
        signInAs("staff");
        navigate(WorkgroupHomeView.path(workgroups.workgroup("telehealth")), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("create-workgroup-link").single().getHref()).isEqualTo(NewWorkgroupView.PATH);

        navigate(NewWorkgroupView.PATH, NewWorkgroupView.class);
        test($(Button.class).withId("create-workgroup").single()).click();
        assertThat(field("workgroup-name").getErrorMessage()).isEqualTo("The name must be 1 to 120 characters.");
        assertThat(field("workgroup-slug").isInvalid()).isTrue();
        assertThat($(TextArea.class).withId("charge-item-1").single().getErrorMessage())
                .isEqualTo("Charge item 1 must be 1 to 500 characters.");
        assertThat($(ComboBox.class).withId("first-staff").single().isInvalid()).isTrue();

        test(field("workgroup-name")).setValue("Home Dialysis Workgroup " + suffix);
        assertThat(field("workgroup-slug").getValue()).as("suggested from the name")
                .isEqualTo("home-dialysis-workgroup-" + suffix);
        test($(TextArea.class).withId("charge-item-1").single()).setValue("Recommend codes for home dialysis.");
        test($(Button.class).withId("add-charge-item").single()).click();
        test($(TextArea.class).withId("charge-item-2").single()).setValue("Write introductory language.");
        var staff = (ComboBox<?>) $(ComboBox.class).withId("first-staff").single();
        test(staff).setFilter("FIONA FOUNDER " + suffix);
        assertThat(test(staff).getSuggestions()).containsExactly(
                "Fiona Founder " + suffix + " <fiona@" + suffix + ".example>");
        test(staff).selectItem("Fiona Founder " + suffix + " <fiona@" + suffix + ".example>");
        test($(Button.class).withId("create-workgroup").single()).click();

        assertThat($(Paragraph.class).withId("new-workgroup-outcome").single().getText()).isEqualTo(
                "Created Home Dialysis Workgroup " + suffix + " at /workgroups/home-dialysis-workgroup-" + suffix
                        + " with Fiona Founder " + suffix + " as its staff. You have no role in it yourself.");
        assertThat(field("workgroup-name").getValue()).as("the form is ready for the next one").isEmpty();
        signInAs("founder-" + suffix);
        assertThat(workgroups.home("home-dialysis-workgroup-" + suffix).yourRole()).isEqualTo(WorkgroupRole.STAFF);
    }

    @Test
    void anAdministratorWhoNamesThemselvesFirstStaffLandsOnTheNewWorkgroup() {
        signInAs("staff");
        navigate(NewWorkgroupView.PATH, NewWorkgroupView.class);
        test(field("workgroup-name")).setValue("Self Staffed " + suffix);
        test($(TextArea.class).withId("charge-item-1").single()).setValue("Run it ourselves.");
        var staff = (ComboBox<?>) $(ComboBox.class).withId("first-staff").single();
        test(staff).setFilter("Dana Whitfield");
        test(staff).selectItem(test(staff).getSuggestions().getFirst());
        test($(Button.class).withId("create-workgroup").single()).click();

        assertThat(getCurrentView()).isInstanceOf(WorkgroupHomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Self Staffed " + suffix);
    }

    @Test
    void aTakenShortNameIsShownBesideTheShortName() {
        signInAs("staff");
        navigate(NewWorkgroupView.PATH, NewWorkgroupView.class);
        test(field("workgroup-name")).setValue("Another Telehealth " + suffix);
        test(field("workgroup-slug")).setValue("telehealth");
        test($(TextArea.class).withId("charge-item-1").single()).setValue("Again.");
        var staff = (ComboBox<?>) $(ComboBox.class).withId("first-staff").single();
        test(staff).setFilter("Dana Whitfield");
        test(staff).selectItem(test(staff).getSuggestions().getFirst());
        test($(Button.class).withId("create-workgroup").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewWorkgroupView.class);
        assertThat(field("workgroup-slug").isInvalid()).isTrue();
        assertThat(field("workgroup-slug").getErrorMessage()).isEqualTo(NewWorkgroup.slugTaken("telehealth"));
        assertThat($(ProblemList.class).withId("new-workgroup-problems").single().getElement().getTextRecursively())
                .contains(NewWorkgroup.slugTaken("telehealth"));
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedTheFormAndOfferedNoLink() {
        signInAs("member");
        navigate(WorkgroupHomeView.path(workgroups.workgroup("telehealth")), WorkgroupHomeView.class);
        assertThat($(Anchor.class).withId("create-workgroup-link").exists()).isFalse();

        UI.getCurrent().navigate(NewWorkgroupView.PATH);
        assertThat(getCurrentView()).isNotInstanceOf(NewWorkgroupView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Not available to you");
    }

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
