package org.quire.proposal.ui;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member builds a code family in the descriptor form in Chromium, signed in through the demo
 * provider: a parent with a semicolon, two indented codes and an add-on, whose missing add-on
 * wording is warned about until the text is fixed; saves; reads the CPT preview (marks, indented
 * codes showing their own part, the full descriptor behind a disclosure); then revises the add-on
 * against its current text and reads the struck and underlined words computed from it.
 * Leaves target/screenshots/descriptor-form*.png.
 */
@QuireIntegrationTest
class DescriptorFormJourneyIT extends BrowserJourney {

    static final String PARENT = "Telemedicine visit by live link; brief clinical reasoning";
    static final String ADD_ON = "Prolonged telemedicine visit, each additional 15 minutes";
    static final String ADD_ON_WORDING = " (List separately in addition to code for primary procedure)";

    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Page page;

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aMemberBuildsAFamilySeesTheWarningClearAndReadsTheRenderedMarkup() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Telemedicine visit codes in the form", List.of(1)));
        SignedIn.signOut();
        page = signedIn("member");
        try {
            buildSaveAndRevise(page, "/" + ProposalRoutes.editDescriptors(proposal.id()));
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/descriptor-form-failure.png")));
            throw failure;
        }
    }

    private void buildSaveAndRevise(Page page, String form) {
        page.navigate(baseUrl() + form);
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#no-codes")).containsText("No codes yet.");

        page.locator("#add-family").click();
        type(page.locator(".family-name input"), "Telemedicine visits by live link");
        assertThat(page.locator(".family-panel h2")).hasText("Telemedicine visits by live link");

        var parent = addCode(page.locator(".family-panel vaadin-button[id^='add-code-']"), "9X0X1", PARENT);
        var moderate = addCode(parent.locator("vaadin-button[id^='add-child-']"), "9X0X2",
                "moderate clinical reasoning");
        assertThat(moderate.locator(".descriptor-text label")).containsText("Telemedicine visit by live link;");
        addCode(parent.locator("vaadin-button[id^='add-child-']"), "9X0X3", "high clinical reasoning");
        var addOn = addCode(page.locator(".family-panel vaadin-button[id^='add-code-']"), "9X0X4", ADD_ON);

        addOn.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("add-on code")).click();
        assertThat(addOn.locator(".field-warning[data-rule='add-on-wording']")).isVisible();
        assertThat(page.locator("#problem-count")).containsText("1 warning");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/descriptor-form-warning.png")));
        assertThat(Axe.seriousViolations(page)).isEmpty();

        type(addOn.locator(".descriptor-text textarea"), ADD_ON + ADD_ON_WORDING);
        assertThat(addOn.locator(".field-warning")).hasCount(0);
        assertThat(page.locator("#problem-count")).containsText("No problems");

        page.locator("#change-summary input").fill("Live-link visits with an add-on");
        page.keyboard().press("ControlOrMeta+S");
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 2.");

        var preview = page.locator("#descriptor-preview");
        var parentEntry = preview.locator("li[data-code='9X0X1']");
        assertThat(parentEntry.locator(".cpt-entry .cpt-symbols").first()).containsText("●");
        assertThat(preview.locator("li[data-code='9X0X4'] .cpt-symbols").first()).containsText("+");
        var child = parentEntry.locator("ul.cpt-children li[data-code='9X0X2']");
        assertThat(child.locator(".cpt-text")).hasText("moderate clinical reasoning");
        assertThat(child.locator(".cpt-full")).containsText("Telemedicine visit by live link; moderate clinical reasoning");
        assertThat(parentEntry.locator("ul.cpt-children li[data-code='9X0X3']")).isVisible();
        assertThat(child.locator(".cpt-text").boundingBox().x)
                .isGreaterThan(parentEntry.locator(".cpt-text").first().boundingBox().x + 10);

        addOn.locator("vaadin-select").click();
        addOn.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Revised")).click();
        type(addOn.locator(".descriptor-current-text textarea"),
                "Prolonged telemedicine visit, each additional 30 minutes" + ADD_ON_WORDING);
        var revised = preview.locator("li[data-code='9X0X4']");
        assertThat(revised.locator(".cpt-symbols").first()).containsText("▲");
        assertThat(revised.locator("del.cpt-struck")).hasText("30");
        assertThat(revised.locator("ins.cpt-added")).hasText("15");
        assertThat(page.locator("#problem-count")).containsText("No problems");
        page.locator("#save-descriptors").click();
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 3.");
        Vaadin.waitUntilIdle(page);
        page.setViewportSize(1440, 1000);
        page.locator(".family-panel").evaluate("panel => panel.scrollIntoView({block: 'start'})");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/descriptor-form.png")));
        addOn.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/descriptor-form-revised.png")));
    }

    /** Adds a code with the button and fills it in; returns its card, found by the code it now has. */
    private static Locator addCode(Locator button, String code, String text) {
        var page = button.page();
        button.click();
        Vaadin.waitUntilIdle(page);
        var card = page.locator(".descriptor-card[data-code='']");
        type(card.locator(".descriptor-code input"), code);
        var filled = page.locator(".descriptor-card[data-code='" + code + "']");
        assertThat(filled).hasCount(1);
        type(filled.locator(".descriptor-text textarea"), text);
        assertThat(page.locator("#descriptor-preview")).containsText(text);
        return filled;
    }

    /** Types as a person does and leaves the field, so the form takes the value at once. */
    private static void type(Locator field, String text) {
        field.fill(text);
        field.press("Tab");
        Vaadin.waitUntilIdle(field.page());
    }
}
