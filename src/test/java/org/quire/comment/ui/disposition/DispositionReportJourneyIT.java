package org.quire.comment.ui.disposition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.comment.CommentThreads;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: the demo commenter has commented during an open period; the staff liaison
 * records a disposition for each thread on the dispositions page, then downloads the report as
 * XLSX and as CSV, and both files hold, cell by cell, what was recorded.
 */
@QuireIntegrationTest
class DispositionReportJourneyIT extends BrowserJourney {

    private static final String TEXT = "Report remote monitoring once per 30 days of data.";
    private static final String ORGANIZATION = "Academy of Remote Cardiac Monitoring";
    private static final List<String> HEADER = List.of("Organization", "Commenter", "Section", "Quoted text",
            "Comment", "Disposition", "Response", "Resulting revision");

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    CommentPeriods periods;
    @Autowired
    CommentThreads comments;
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
    void staffRecordDispositionsAndTheDownloadedReportsHoldThemRowByRow() throws IOException {
        SignedIn.as(people, signIn.issuer(), "staff");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Remote monitoring reporting", List.of(2)));
        var intro = proposal.currentSections().getFirst();
        sections.save(proposal.id(), intro.id(), 1, TEXT, "first text");
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(14)),
                CommentAudience.EVERY_COMMENTER);
        SignedIn.as(people, signIn.issuer(), "commenter");
        int start = TEXT.indexOf("once per 30 days");
        comments.startOnPassage(proposal.id(), intro.id(), 2, start, start + 16, "Should this be per calendar month?");
        comments.startOnProposal(proposal.id(), "=Please add a clinical vignette.");
        SignedIn.signOut();

        var page = signedIn("staff");
        try {
            page.navigate(baseUrl() + "/proposals/" + proposal.id().value() + "/dispositions");
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#disposition-progress")).hasText("0 of 2 disposed");

            dispose(page, 1, "Not accepted", "A vignette is not part of this request.");
            dispose(page, 2, "Accepted with modification", "Now per calendar month, see the new wording.");
            assertThat(page.locator("#disposition-progress")).hasText("2 of 2 disposed");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/dispositions.png")));

            var xlsx = page.waitForDownload(() -> page.locator("#dispositions-xlsx").click());
            assertThat(xlsx.suggestedFilename()).isEqualTo("dispositions-" + proposal.number() + "-"
                    + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".xlsx");
            try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(cells(sheet.getRow(0), 1)).containsExactly("Disposition report: " + proposal.number()
                        + " Remote monitoring reporting");
                assertThat(cells(sheet.getRow(3), 8)).isEqualTo(HEADER);
                assertThat(cells(sheet.getRow(4), 8)).containsExactly(ORGANIZATION, "Priya Raman", "Whole proposal",
                        "", "=Please add a clinical vignette.", "Not accepted",
                        "A vignette is not part of this request.", "");
                assertThat(cells(sheet.getRow(5), 8)).containsExactly(ORGANIZATION, "Priya Raman", intro.title(),
                        "once per 30 days", "Should this be per calendar month?", "Accepted with modification",
                        "Now per calendar month, see the new wording.", "");
                assertThat(sheet.getLastRowNum()).isEqualTo(5);
            }

            var csv = page.waitForDownload(() -> page.locator("#dispositions-csv").click());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
            try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(Files.readString(csv.path(), StandardCharsets.UTF_8)))) {
                assertThat(parser.getHeaderNames()).isEqualTo(HEADER);
                var rows = parser.getRecords();
                assertThat(rows).hasSize(2);
                assertThat(rows.get(0).toList()).containsExactly(ORGANIZATION, "Priya Raman", "Whole proposal", "",
                        "'=Please add a clinical vignette.", "Not accepted", "A vignette is not part of this request.",
                        "");
                assertThat(rows.get(1).toList()).containsExactly(ORGANIZATION, "Priya Raman", intro.title(),
                        "once per 30 days", "Should this be per calendar month?", "Accepted with modification",
                        "Now per calendar month, see the new wording.", "");
            }

            page.navigate(baseUrl() + "/proposals/" + proposal.id().value() + "/comment-periods");
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#period-1")).containsText("Open to: every commenter");
            assertThat(Axe.seriousViolations(page)).as("the comment periods page with its forms").isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/comment-periods.png")));
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/dispositions-failure.png")));
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private static void dispose(Page page, int card, String label, String response) {
        page.locator("#disposition-" + card + "-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        page.locator("#disposition-" + card + "-response textarea").fill(response);
        page.locator("#disposition-" + card + "-save").click();
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#disposition-" + card + "-saved")).containsText("Recorded: " + label);
    }

    private static List<String> cells(Row row, int count) {
        var formatter = new DataFormatter();
        return IntStream.range(0, count).mapToObj(column -> row.getCell(column) == null ? ""
                : formatter.formatCellValue(row.getCell(column))).toList();
    }
}
