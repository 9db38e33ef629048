package org.quire.proposal.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionDraft;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.storage.EmbeddedStoreControl;
import org.quire.storage.StoreStatus;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Unsaved text survives what usually loses it: a closed tab (the browser's copy and the server
 * draft, on this device and another), and a database that stops in the middle of writing.
 */
@QuireIntegrationTest
class UnsavedTextIT extends BrowserJourney {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_SECONDS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    SectionDrafts drafts;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    ObjectProvider<EmbeddedStoreControl> embeddedStore;
    @Autowired
    StoreStatus storeStatus;

    Proposal proposal;
    SectionId intro;
    Page page;

    @BeforeEach
    void aSection() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Interprofessional consultations", List.of()));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "Consultation between practitioners.", "");
        SignedIn.signOut();
    }

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aClosedTabGetsItsTextBackInThisBrowserAndFromTheServerOnAnother() {
        page = signedIn("member");
        openEditor(page);
        EditorKeys.append(page, "section-text", " Written just before the tab closed.");
        assertThat(page.locator("#autosave-status")).containsText("Draft kept on the server");
        page.close();

        page = page.context().newPage();
        openEditor(page);
        assertThat(page.locator("#draft-offer")).isVisible();
        assertThat(page.locator("#draft-offer")).containsText("You have unsaved text for this section");
        page.locator("#restore-draft").click();
        assertThat(EditorKeys.content(page, "section-text")).containsText("Written just before the tab closed.");
        page.locator("#save-section").click();
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 3");

        EditorKeys.append(page, "section-text", " Continued on the office computer.");
        assertThat(page.locator("#autosave-status")).containsText("Draft kept on the server");
        await().atMost(Duration.ofSeconds(10)).until(() -> serverDraft().filter(draft -> draft.text()
                .endsWith("Continued on the office computer.")).isPresent());
        var laptop = signedIn("member");
        try {
            openEditor(laptop);
            offered(laptop, page);
            laptop.locator("#draft-changes").click();
            assertThat(laptop.locator("#draft-changes ins")).containsText("Continued on the office computer.");
            laptop.locator("#restore-draft").click();
            assertThat(EditorKeys.content(laptop, "section-text")).containsText("Continued on the office computer.");
        } finally {
            laptop.context().close();
        }
    }

    @Test
    void theEditorSaysWhenTheDatabaseIsAwayAndSavesWhenItIsBack() {
        var store = embeddedStore.getIfAvailable();
        assumeTrue(store != null, "only the embedded store can be stopped from a test");
        page = signedIn("member");
        openEditor(page);
        EditorKeys.append(page, "section-text", " Typed while the database was away.");
        try {
            store.stop();
            assertThat(page.locator("#store-notice")).isVisible(WITHIN_SECONDS);
            page.locator("#save-section").click();
            assertThat(page.locator("#save-outcome")).containsText("Not saved yet",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            CollaborativeEditingIT.screenshot(page, "database-away");
        } finally {
            store.start();
        }
        assertThat(page.locator("#save-outcome")).containsText("Saved as revision 3",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#store-notice")).isHidden();
        await().atMost(Duration.ofSeconds(10)).until(storeStatus::isAvailable);
        SignedIn.as(people, signIn.issuer(), "member");
        assertThat(sections.read(proposal.id(), intro).text()).endsWith("Typed while the database was away.");
        SignedIn.signOut();
    }

    /** The laptop offers the office's draft; if not, the failure says what the store and the office held. */
    private void offered(Page laptop, Page office) {
        try {
            assertThat(laptop.locator("#draft-offer")).containsText("on the server");
        } catch (AssertionError notOffered) {
            var stored = serverDraft();
            throw new AssertionError("No draft offered on the laptop. The server draft now: " + stored
                    + "; the office editor says '" + office.locator("#autosave-status").textContent() + "' and holds '"
                    + EditorKeys.content(office, "section-text").textContent() + "'", notOffered);
        }
    }

    private Optional<SectionDraft> serverDraft() {
        SignedIn.as(people, signIn.issuer(), "member");
        try {
            return drafts.find(proposal.id(), intro);
        } finally {
            SignedIn.signOut();
        }
    }

    private void openEditor(Page target) {
        target.navigate(baseUrl() + "/" + ProposalRoutes.edit(proposal.id(), intro));
        target.waitForURL(Pattern.compile(".*/edit$"));
        Vaadin.waitUntilIdle(target);
        assertThat(EditorKeys.content(target, "section-text")).containsText("Consultation");
    }
}
