package org.quire.export.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.descriptor.DemoDescriptors;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: STAFF open a proposal, follow "Export…", and export its milestone as a Word
 * document. While other exports hold the node's slots the page shows the export waiting with its
 * progress bar; the first try is cancelled; the second downloads the DOCX when the slots free up,
 * and the file is the milestone's Code Change Application.
 */
@QuireIntegrationTest
class ExportJourneyIT extends BrowserJourney {

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    Milestones milestones;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffExportAMilestoneAsWordWithProgressShownAndCancelOnTheWay() throws IOException, InterruptedException {
        SignedIn.as(people, signIn.issuer(), "staff");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring exports", List.of(1)));
        var intro = proposal.currentSections().getFirst();
        sections.save(proposal.id(), intro.id(), 1, "▶Remote monitoring is reported per calendar month.◀", "");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        milestones.capture(proposal.id(), "Draft for the workgroup");
        SignedIn.signOut();

        var page = signedIn("staff");
        var slots = ExportRun.slots();
        slots.acquire(ExportRun.AT_ONCE);
        boolean held = true;
        try {
            page.navigate(baseUrl() + "/proposals/" + proposal.id().value());
            Vaadin.waitUntilIdle(page);
            page.locator("#export-link").click();
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("h1")).hasText("Export " + proposal.number());
            assertThat(page.locator("#export-source")).containsText("Draft for the workgroup");
            assertThat(page.locator("#export-marking")).containsText("Confidential — draft for CPT Editorial Panel");

            page.locator("#export-start").click();
            assertThat(page.locator("#export-progress")).isVisible();
            assertThat(page.locator("#export-step")).hasText("Waiting for another export to finish");
            assertThat(page.locator("#export-start")).isDisabled();
            assertThat(Axe.seriousViolations(page)).as("the export page with an export running").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots/export.png")));
            page.locator("#export-cancel").click();
            assertThat(page.locator("#export-step")).hasText("Export cancelled. Nothing was saved.");

            page.locator("#export-start").click();
            assertThat(page.locator("#export-step")).hasText("Waiting for another export to finish");
            var download = page.waitForDownload(() -> {
                slots.release(ExportRun.AT_ONCE);
            });
            held = false;
            assertThat(download.suggestedFilename()).isEqualTo(proposal.number() + "-draft-for-the-workgroup.docx");
            assertThat(page.locator("#export-step")).containsText("Ready: " + download.suggestedFilename());
            assertThat(page.locator("#export-download")).isVisible();
            try (var document = new XWPFDocument(Files.newInputStream(download.path()))) {
                var text = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(text).contains(proposal.title(), "Proposal " + proposal.number(), "Code descriptors");
                assertThat(String.join("\n", text)).contains("▶Remote monitoring is reported per calendar month.◀");
            }
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/export-failure.png")));
            throw failure;
        } finally {
            if (held) {
                slots.release(ExportRun.AT_ONCE);
            }
            page.context().close();
        }
    }
}
