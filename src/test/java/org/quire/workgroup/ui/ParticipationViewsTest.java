package org.quire.workgroup.ui;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.InterestKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.workgroup.OrganizationKind;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request form, the person's status page and staff's review without a browser: real services
 * and store, the view logic through Vaadin's browserless test environment.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ParticipationRequestView.class)
class ParticipationViewsTest extends SpringBrowserlessTest {

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup telehealth;

    @BeforeEach
    void signedInWithoutARole() {
        signInAs("staff");
        telehealth = workgroups.workgroup("telehealth");
        signInAs("browserless-asker");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theFormListsEveryProblemThenSendsAndThePersonWithdrawsFromTheStatusPage() {
        navigate(ParticipationRoutes.requestForm(telehealth), ParticipationRequestView.class);
        test($(Button.class).withId("send-request").single()).click();
        assertThat($(ProblemList.class).withId("request-problems").single().getElement().getTextRecursively())
                .contains("Choose the kind of organization", "statement of rationale", "conflict of interest");

        fill();
        test($(Button.class).withId("send-request").single()).click();

        assertThat(getCurrentView()).isInstanceOf(YourRequestView.class);
        assertThat($(Paragraph.class).withId("request-status").single().getText()).startsWith("Pending");
        test($(Button.class).withId("withdraw-request").single()).click();
        assertThat($(Paragraph.class).withId("request-status").single().getText()).startsWith("Withdrawn");
    }

    @Test
    void aPersonWithAPendingRequestIsSentToItInsteadOfANewForm() {
        navigate(ParticipationRoutes.requestForm(telehealth), ParticipationRequestView.class);
        fill();
        test($(Button.class).withId("send-request").single()).click();

        navigate(ParticipationRoutes.requestForm(telehealth), YourRequestView.class);

        signInAs("staff");
        navigate(ParticipationRoutes.review(telehealth), ParticipationReviewView.class);
        var card = $(PendingRequestCard.class).all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("browserless-asker")).findFirst().orElseThrow();
        test($(Button.class, card).withClassName("decline-request").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Give the reason for declining");
        $(TextArea.class, card).withClassName("decline-reason").single().setValue("Not this year.");
        test($(Button.class, card).withClassName("decline-request").single()).click();
        assertThat($(Paragraph.class).withId("review-outcome").single().getText())
                .isEqualTo("Declined the request of browserless-asker.");

        signInAs("browserless-asker");
        navigate(ParticipationRoutes.yourRequest(telehealth), YourRequestView.class);
        assertThat($(Paragraph.class).withId("decline-reason").single().getText()).isEqualTo("Reason: Not this year.");
    }

    @SuppressWarnings("unchecked")
    private void fill() {
        ((RadioButtonGroup<OrganizationKind>) $(RadioButtonGroup.class).withId("organization-kind").single())
                .setValue(OrganizationKind.COMPANY);
        $(TextField.class).withId("organization").single().setValue("Remote Vitals Inc.");
        $(TextArea.class).withId("rationale").single().setValue("We build monitoring services for clinics.");
        $(TextArea.class).withId("expertise").single().setValue("Clinical engineering.");
        ((RadioButtonGroup<InterestKind>) $(RadioButtonGroup.class).withId("interest").single())
                .setValue(InterestKind.NONE);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
