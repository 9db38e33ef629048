package org.quire.api.ui;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.api.AccessTokens;
import org.quire.identity.PersonDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access tokens page inside the app shell, without a browser: the empty state, problems next
 * to their fields, a new token's secret shown once (read-only, with a copy button and the warning),
 * the list with status, and revoking after a confirmation.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(packages = {"org.quire.api.ui", "org.quire.shell.ui", "org.quire.identity.ui"})
class AccessTokensViewTest extends SpringBrowserlessTest {

    static final String PAGE = "profile/access-tokens";

    @Autowired
    PersonDirectory people;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aPersonWithoutTokensSeesTheEmptyStateAndAFormWithANinetyDayExpiry() {
        signInAsSomeone();
        navigate(PAGE, AccessTokensView.class);

        assertThat($(Paragraph.class).withId("no-tokens").single().getText()).startsWith("You have no access tokens yet.");
        assertThat(expiry().getValue()).isEqualTo(today().plusDays(AccessTokens.DEFAULT_DAYS));
        assertThat(expiry().getMin()).isEqualTo(today().plusDays(1));
        assertThat(expiry().getMax()).isEqualTo(today().plusYears(1));
        assertThat(name().getLabel()).isEqualTo("Token name");
        assertThat($(Div.class).withId("new-token").all()).as("no secret before one is made").isEmpty();
    }

    @Test
    void problemsShowNextToTheirFieldsAndNothingIsMade() {
        signInAsSomeone();
        navigate(PAGE, AccessTokensView.class);

        expiry().setValue(today().plusYears(2));
        test(create()).click();

        assertThat(name().isInvalid()).isTrue();
        assertThat(name().getErrorMessage()).contains("1 to 80 characters");
        assertThat(expiry().isInvalid()).isTrue();
        assertThat(expiry().getErrorMessage()).contains("from tomorrow to");
        assertThat($(Paragraph.class).withId("no-tokens").all()).hasSize(1);
    }

    @Test
    void aNewTokensSecretIsShownOnceAndItIsListedThenRevokedAfterConfirmation() {
        signInAsSomeone();
        navigate(PAGE, AccessTokensView.class);

        test(name()).setValue("Nightly export");
        test(create()).click();

        var secret = $(TextField.class).withId("new-token-secret").single();
        assertThat(secret.getValue()).startsWith("quire_pat_");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat($(Button.class).withId("copy-token").single().getElement().getAttribute("aria-label"))
                .isEqualTo("Copy the token");
        assertThat(text("new-token-note")).startsWith("Copy it now: you will not see it again.");
        assertThat(name().getValue()).as("ready for the next one").isEmpty();
        var rows = $(NativeTable.class).withId("tokens").single().getBody().getChildren()
                .map(NativeTableRow.class::cast).toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively())
                .contains("Nightly export", AccessTokens.day(today().plusDays(AccessTokens.DEFAULT_DAYS)), "Never",
                        "Active"));
        assertThat(rows.getFirst().getElement().getTextRecursively()).doesNotContain(secret.getValue());

        navigate(PAGE, AccessTokensView.class);
        assertThat($(TextField.class).withId("new-token-secret").all()).as("never shown again").isEmpty();

        test($(Button.class).withText("Revoke").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(text("tokens")).contains("Nightly export", "Revoked");
        assertThat($(Button.class).withText("Revoke").all()).as("a revoked token has nothing left to revoke").isEmpty();
    }

    @Test
    void theProfileLinksToThePage() {
        signInAsSomeone();
        navigate("profile", Component.class);

        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("access-tokens-link").single().getHref())
                .isEqualTo(PAGE);
    }

    private TextField name() {
        return $(TextField.class).withId("token-name").single();
    }

    private DatePicker expiry() {
        return $(DatePicker.class).withId("token-expiry").single();
    }

    private Button create() {
        return $(Button.class).withId("create-token").single();
    }

    private String text(String id) {
        return $(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    private static LocalDate today() {
        return LocalDate.now(AccessTokens.ZONE);
    }

    private void signInAsSomeone() {
        SignedIn.as(people, "urn:quire:access-tokens-view", "atv-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
