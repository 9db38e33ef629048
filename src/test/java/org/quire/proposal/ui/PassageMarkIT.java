package org.quire.proposal.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member marks a new passage of guideline text with CPT's ▶ ... ◀, by shortcut and by toolbar
 * button, takes the mark off again and undoes it, and readers see and hear the marks.
 */
@QuireIntegrationTest
class PassageMarkIT extends BrowserJourney {

    private static final String EDITOR = "section-text";
    private static final String OLD = "Report the visit once per day.";
    private static final String NEW = "Audio-only visits count as well.";

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Page page;

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aPassageIsMarkedUnmarkedAndUndoneFromKeyboardAndToolbarAndReadersSeeTheMarks() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Audio-only visits", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, OLD + "\n\n" + NEW, "");
        SignedIn.signOut();

        page = signedIn("member");
        try {
            page.navigate(baseUrl() + "/" + ProposalRoutes.edit(proposal.id(), intro));
            page.waitForURL(Pattern.compile(".*/edit$"));
            Vaadin.waitUntilIdle(page);
            var button = page.locator("#" + EDITOR + " button[data-action='passage-mark']");
            assertThat(button).hasAttribute("aria-label", "Mark new or revised passage");
            assertThat(button).hasAttribute("title", "Mark new or revised passage (Ctrl+Shift+.)");
            assertThat(button).hasAttribute("aria-keyshortcuts", "Control+Shift+.");

            selectLastLine();
            page.keyboard().press("ControlOrMeta+Shift+Period");
            assertThat(text()).isEqualTo(OLD + "\n\n▶" + NEW + "◀");
            page.keyboard().press("ControlOrMeta+Shift+Period"); // the passage is still selected
            assertThat(text()).isEqualTo(OLD + "\n\n" + NEW);

            button.click(); // wraps the selection that is still there, as one undo step
            assertThat(text()).isEqualTo(OLD + "\n\n▶" + NEW + "◀");
            page.keyboard().press("ControlOrMeta+Z");
            assertThat(text()).isEqualTo(OLD + "\n\n" + NEW);
            page.keyboard().press("ControlOrMeta+Shift+Z");
            assertThat(text()).isEqualTo(OLD + "\n\n▶" + NEW + "◀");

            page.keyboard().press("ControlOrMeta+End");
            page.keyboard().type(" ");
            button.click(); // nothing selected: an empty pair, the cursor inside
            page.keyboard().type("Brief messages too.");
            assertThat(text()).isEqualTo(OLD + "\n\n▶" + NEW + "◀ ▶Brief messages too.◀");
            assertThat(page.locator(".markdown span.cpt-passage-mark")).hasCount(4);
            screenshot("passage-marks-editor");

            page.locator("#save-section").click();
            assertThat(page.locator("#save-outcome")).containsText("Saved as revision 3");
            page.navigate(baseUrl() + "/" + ProposalRoutes.proposal(proposal.id()));
            Vaadin.waitUntilIdle(page);
            var marks = page.locator(".markdown span.cpt-passage-mark");
            assertThat(marks).hasCount(4);
            assertThat(marks.first()).hasAccessibleName("New or revised text begins");
            assertThat(marks.nth(1)).hasAccessibleName("New or revised text ends");
            assertThat(marks.first()).isVisible();
            assertThat(Axe.seriousViolations(page)).isEmpty();
            screenshot("passage-marks-reader");
        } catch (RuntimeException | AssertionError failure) {
            screenshot("passage-marks-failure");
            throw failure;
        }
    }

    /** Selects the section's last line with the keyboard, as a person does. */
    private void selectLastLine() {
        Locator content = EditorKeys.content(page, EDITOR);
        content.click();
        page.keyboard().press("ControlOrMeta+End");
        page.keyboard().press("Shift+Home");
    }

    /** The editor's whole text, exactly. */
    private String text() {
        Vaadin.waitUntilIdle(page);
        return (String) page.evaluate("id => document.getElementById(id).value", EDITOR);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
