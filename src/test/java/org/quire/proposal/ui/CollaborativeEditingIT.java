package org.quire.proposal.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
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
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two browsers on one section: each sees the other, a save reaches the other's page
 * at once, changes to different words merge, changes to the same words conflict and are resolved
 * without losing either text.
 */
@QuireIntegrationTest
class CollaborativeEditingIT extends BrowserJourney {

    static final String FIRST = "A synchronous telehealth visit lasts at least 20 minutes.";
    static final String SECOND = "Report it once per calendar month for each patient.";
    private static final String SHORT = "Visits by video.";

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

    Proposal proposal;
    SectionId intro;
    Page member;
    Page staff;

    @BeforeEach
    void aSectionWithTwoParagraphs() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Synchronous telehealth visits", List.of()));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, FIRST + "\n\n" + SECOND, "Two paragraphs");
        SignedIn.signOut();
    }

    @AfterEach
    void closePages() {
        for (var page : new Page[] {member, staff}) {
            if (page != null) {
                page.context().close();
            }
        }
    }

    @Test
    void aCleanMergeAndAResolvedConflictKeepEveryonesText() {
        member = editing("member");
        staff = editing("staff");
        try {
            assertThat(member.locator("#presence")).hasAttribute("data-count", "1");
            assertThat(member.locator("#presence")).containsText("editing Introductory language");
            assertThat(staff.locator("#presence")).hasAttribute("data-count", "1");

            // different words: the member saves first, the staff's unsaved text gets the banner, then merges
            EditorKeys.replaceText(staff, "section-text", FIRST + "\n\n" + SECOND.replace("each patient",
                    "each patient and practitioner"));
            handedToTheServer(staff);
            EditorKeys.replaceText(member, "section-text", FIRST.replace("synchronous", "real-time synchronous")
                    + "\n\n" + SECOND);
            member.locator("#save-section").click();
            assertThat(member.locator("#save-outcome")).containsText("Saved as revision 3");
            assertThat(staff.locator("#update-banner")).isVisible();
            assertThat(staff.locator("#update-banner")).containsText("saved revision 3");
            staff.locator("#save-section").click();
            assertThat(staff.locator("#save-outcome")).containsText("Saved as revision 4, merged with the changes of");
            assertThat(EditorKeys.content(staff, "section-text")).containsText("real-time synchronous");
            // the member had nothing unsaved: their editor follows on its own
            assertThat(EditorKeys.content(member, "section-text")).containsText("each patient and practitioner");
            assertThat(member.locator("#autosave-status")).containsText("Updated to revision 4");
            screenshot(staff, "editor-merged");

            // the same words: the staff's save conflicts, the conflict view shows both, nothing is lost
            var merged = FIRST.replace("synchronous", "real-time synchronous") + "\n\n"
                    + SECOND.replace("each patient", "each patient and practitioner");
            EditorKeys.replaceText(member, "section-text", merged.replace("20 minutes", "30 minutes"));
            EditorKeys.replaceText(staff, "section-text", merged.replace("20 minutes", "16 minutes")
                    .replace("calendar month", "calendar month of service"));
            handedToTheServer(staff);
            member.locator("#save-section").click();
            assertThat(member.locator("#save-outcome")).containsText("Saved as revision 5");
            staff.locator("#save-section").click();
            assertThat(staff.locator("#conflict")).isVisible();
            assertThat(staff.locator("#conflict mark.overlap").first()).containsText("30");
            assertThat(staff.locator("#conflict mark.overlap").last()).containsText("16");
            assertThat(EditorKeys.content(staff, "section-text")).containsText("16 minutes");
            assertThat(EditorKeys.content(staff, "section-text")).containsText("calendar month of service");
            screenshot(staff, "conflict");

            EditorKeys.replaceText(staff, "section-text", merged.replace("20 minutes", "16 to 30 minutes")
                    .replace("calendar month", "calendar month of service"));
            staff.locator("#save-section").click();
            assertThat(staff.locator("#save-outcome")).containsText("Saved as revision 6");
        } catch (RuntimeException | AssertionError failure) {
            screenshot(member, "collaboration-failure-member");
            screenshot(staff, "collaboration-failure-staff");
            throw failure;
        }
        SignedIn.as(people, signIn.issuer(), "member");
        assertThat(sections.textAt(proposal.id(), intro, 5)).contains("30 minutes");
        assertThat(sections.read(proposal.id(), intro).text()).contains("16 to 30 minutes",
                "real-time synchronous", "each patient and practitioner", "calendar month of service");
        SignedIn.signOut();
    }

    @Test
    void textStillOnItsWayWhenAnotherPersonSavesIsNeverFollowedOver() {
        staff = editing("staff");
        try {
            // the staff replace the whole text and the member saves at once, within the browser's pause
            // before it sends typing: the server must not take the staff's editor for clean and follow
            EditorKeys.replaceText(staff, "section-text", SHORT);
            SignedIn.as(people, signIn.issuer(), "member");
            sections.save(proposal.id(), intro, 2, FIRST.replace("synchronous", "real-time synchronous") + "\n\n"
                    + SECOND, "Real time");
            SignedIn.signOut();

            assertThat(staff.locator("#update-banner")).isVisible();
            assertThat(EditorKeys.content(staff, "section-text")).hasText(SHORT);
            staff.locator("#save-section").click();
            assertThat(staff.locator("#conflict")).isVisible();
            assertThat(EditorKeys.content(staff, "section-text")).containsText(SHORT);
        } catch (RuntimeException | AssertionError failure) {
            screenshot(staff, "on-its-way-failure-staff");
            throw failure;
        }
        SignedIn.as(people, signIn.issuer(), "member");
        assertThat(sections.read(proposal.id(), intro).text()).contains("real-time synchronous");
        SignedIn.signOut();
    }

    private Page editing(String username) {
        var page = signedIn(username);
        page.navigate(baseUrl() + "/" + ProposalRoutes.edit(proposal.id(), intro));
        page.waitForURL(Pattern.compile(".*/edit$"));
        Vaadin.waitUntilIdle(page);
        assertThat(EditorKeys.content(page, "section-text")).containsText("calendar month");
        return page;
    }

    static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + name + ".png")));
        }
    }

    /**
     * Leaves the editor (which sends its text at once) and waits for the round trip: the scenario is
     * about text the server already holds when another person saves (text still on its way is the
     * other test's story).
     */
    private static void handedToTheServer(Page page) {
        page.locator("#change-summary input").focus();
        Vaadin.waitUntilIdle(page);
    }
}
