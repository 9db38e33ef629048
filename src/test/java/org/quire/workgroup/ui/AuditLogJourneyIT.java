package org.quire.workgroup.ui;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, the demo administrator creates a workgroup naming themselves its first
 * staff, then reads its audit log, filters it and downloads it as CSV. The events of clicks in the
 * page (Vaadin's XHR requests) carry the browser's address. Afterwards the staff's membership in the
 * new workgroup ends: other journeys expect them in one workgroup.
 */
@QuireIntegrationTest
class AuditLogJourneyIT extends BrowserJourney {

    @Autowired
    WorkgroupStore workgroups;
    @Autowired
    MembershipStore memberships;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignInSettings signIn;

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String slug = "journey-audited-" + suffix;

    @AfterEach
    void endTheStaffMembershipOfTheNewWorkgroup() {
        workgroups.findBySlug(slug).ifPresent(created ->
                memberships.changeStatus(created.id(), new PersonKey(signIn.issuer(), "staff"), MembershipStatus.REMOVED));
    }

    @Test
    void theAdministratorCreatesAWorkgroupThenReadsFiltersAndDownloadsItsAuditLog() throws IOException {
        var page = signedIn("staff");
        page.locator("#create-workgroup-link").click();
        page.waitForURL(Pattern.compile(".*/admin/workgroups/new$"));
        Vaadin.waitUntilIdle(page);
        page.locator("#workgroup-name input").fill("Journey Audited " + suffix);
        page.locator("#workgroup-slug input").fill(slug);
        page.locator("#workgroup-description textarea").fill("Created by a browser journey.");
        page.locator("#charge-item-1 textarea").fill("Recommend codes, with commas, \"quotes\" and =signs.");
        page.locator("#first-staff input").fill("Dana");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Dana Whitfield")))
                .click();
        Vaadin.waitUntilIdle(page);
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/new-workgroup.png")));
        page.locator("#create-workgroup").click();
        page.waitForURL(Pattern.compile(".*/workgroups/" + slug + "$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("h1")).hasText("Journey Audited " + suffix);

        var created = workgroups.findBySlug(slug).orElseThrow();
        assertThat(audit.ofWorkgroup(created.id().value(), 10)).extracting(AuditEvent::origin)
                .as("recorded while handling the click's XHR request").hasSize(2)
                .allSatisfy(origin -> assertThat(origin).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));

        page.locator("#audit-log-link").click();
        page.waitForURL(Pattern.compile(".*/workgroups/" + slug + "/audit$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#audit-summary")).hasText("2 events");
        assertThat(page.locator("#audit-events")).containsText("Member added to the workgroup");
        assertThat(page.locator("#audit-events")).containsText("Dana Whitfield");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/audit-log.png")));

        page.locator("#filter-action input").fill("Workgroup created");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Workgroup created").setExact(true))
                .click();
        assertThat(page.locator("#audit-summary")).hasText("1 event");
        Vaadin.waitUntilIdle(page);

        var download = page.waitForDownload(() -> page.locator("#audit-csv").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).startsWith("audit-" + slug + "-").endsWith(".csv");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getRecords()).singleElement().satisfies(row -> {
                assertThat(row.get("Action")).isEqualTo("workgroup.created");
                assertThat(row.get("Person")).isEqualTo("Dana Whitfield");
                assertThat(row.get("After")).isEqualTo("Journey Audited " + suffix);
                assertThat(row.get("Client address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            });
        }
        assertThat(audit.ofWorkgroup(created.id().value(), 1)).singleElement().satisfies(exported -> {
            assertThat(exported.action()).isEqualTo("audit.exported");
            assertThat(exported.origin()).as("the download request's address").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
    }
}
