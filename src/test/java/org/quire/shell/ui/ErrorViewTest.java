package org.quire.shell.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails unexpectedly shows a friendly message and a reference; the log holds the same
 * reference with the exception and its stack trace, and the page shows neither.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = ErrorView.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorViewTest extends SpringBrowserlessTest {

    private static final String FAILING = "fails-for-error-view-test";

    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @BeforeEach
    void signedInWithAPageThatFails() {
        SignedIn.as(people, signIn.issuer(), "member");
        RouteConfiguration.forApplicationScope().setRoute(FAILING, FailingPage.class);
    }

    @AfterEach
    void cleanUp() {
        RouteConfiguration.forApplicationScope().removeRoute(FAILING);
        SignedIn.signOut();
    }

    @Test
    void anUnexpectedFailureShowsAReferenceAndTheLogHasItWithTheStackTrace(CapturedOutput log) {
        navigate(FAILING, ErrorView.class);

        var page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Something went wrong", "Your saved work is safe")
                .doesNotContain("IllegalStateException", "connection string", "org.quire", "FailingPage");
        var reference = $(Span.class).withId("error-reference").single().getText();
        assertThat(reference).matches("[0-9A-F]{10}");
        assertThat(log.getOut()).contains("reference " + reference)
                .contains("java.lang.IllegalStateException: the connection string was mongodb://quire:secret@db")
                .contains("at org.quire.shell.ui.ErrorViewTest$FailingPage.beforeEnter");
    }

    @Test
    void eachFailureGetsItsOwnReference() {
        navigate(FAILING, ErrorView.class);
        var first = $(Span.class).withId("error-reference").single().getText();
        navigate(FAILING, ErrorView.class);
        assertThat($(Span.class).withId("error-reference").single().getText()).isNotEqualTo(first);
    }

    @PermitAll
    public static class FailingPage extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("the connection string was mongodb://quire:secret@db");
        }
    }
}
