package org.quire.workgroup.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.Browser;
import org.quire.browser.DemoSignIn;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.internal.MembershipStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo visitor asks to participate and the demo staff approve, in headless Chromium. It runs
 * on a workgroup the administrator creates for it, and ends both memberships afterwards: other
 * tests sharing this application expect the visitor without a role and the staff in one workgroup.
 */
@QuireIntegrationTest
class ParticipationJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    WorkgroupFounding founding;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup workgroup;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void aWorkgroupWhoseStaffIsTheDemoStaff() {
        SignedIn.as(people, signIn.issuer(), "staff");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        workgroup = founding.create(new NewWorkgroup("remote-monitoring-" + suffix,
                "Remote Monitoring Workgroup " + suffix, "Reviews codes for remote physiologic monitoring.",
                List.of("Recommend codes for remote monitoring.")), key("staff"));
        SignedIn.signOut();
    }

    @AfterEach
    void endTheJourneysMemberships() {
        memberships.changeStatus(workgroup.id(), key("visitor"), MembershipStatus.REMOVED);
        memberships.changeStatus(workgroup.id(), key("staff"), MembershipStatus.REMOVED);
    }

    @Test
    void theVisitorAsksToParticipateStaffApproveAsMemberAndTheVisitorThenSeesTheWorkgroupHome() {
        var visitor = browser.newPage();
        DemoSignIn.signIn(visitor, baseUrl(), "visitor", "demo");
        assertThat(visitor.locator("#workgroups-to-join")).containsText(workgroup.name());
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Request to participate in " + workgroup.name())).click();
        visitor.waitForURL(Pattern.compile(".*/participate$"));
        Vaadin.waitUntilIdle(visitor);

        visitor.locator("#send-request").click();
        assertThat(visitor.locator("#request-problems")).containsText("Choose the kind of organization");
        visitor.getByLabel("Specialty society").check();
        visitor.locator("#organization input").fill("Northfield Remote Care Society");
        visitor.locator("#rationale textarea").fill("We run a remote monitoring programme for 4,000 patients.");
        visitor.locator("#expertise textarea").fill("Cardiologist; led our remote monitoring service since 2019.");
        visitor.getByLabel("Commenter: comment and suggest edits during comment periods").check();
        visitor.getByLabel("Financial interest").check();
        visitor.locator("#interest-description textarea").fill("Our society receives a grant from a device maker.");
        assertThat(Axe.seriousViolations(visitor)).isEmpty();
        visitor.locator("#send-request").click();
        visitor.waitForURL(Pattern.compile(".*/your-request$"));
        assertThat(visitor.locator("#request-status")).containsText("Pending");
        visitor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/participation-request-pending.png")));

        var staff = browser.newPage();
        DemoSignIn.signIn(staff, baseUrl(), "staff", "demo");
        staff.navigate(baseUrl() + "/" + WorkgroupHomeView.path(workgroup));
        Vaadin.waitUntilIdle(staff);
        staff.locator("#participation-requests-link").click();
        staff.waitForURL(Pattern.compile(".*/participation-requests$"));
        Vaadin.waitUntilIdle(staff);
        Locator card = staff.locator(".pending-request").filter(new Locator.FilterOptions().setHasText("Jo Byrne"));
        assertThat(card).containsText("Our society receives a grant from a device maker.");
        assertThat(Axe.seriousViolations(staff)).isEmpty();
        staff.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/participation-requests.png")));
        card.locator("vaadin-select").click();
        staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Member").setExact(true)).click();
        card.locator(".approve-request").click();
        assertThat(staff.locator("#review-outcome")).hasText("Approved Jo Byrne as Member.");
        assertThat(staff.locator("#no-pending-requests")).isVisible();

        visitor.navigate(baseUrl() + "/");
        visitor.waitForURL(Pattern.compile(".*/" + WorkgroupHomeView.path(workgroup) + "$"));
        Vaadin.waitUntilIdle(visitor);
        assertThat(visitor.locator("h1")).hasText(workgroup.name());
        assertThat(visitor.locator("#your-role")).hasText("Your role: Member");
        visitor.navigate(baseUrl() + "/" + ParticipationRoutes.yourRequest(workgroup));
        Vaadin.waitUntilIdle(visitor);
        assertThat(visitor.locator("#request-status")).hasText("Approved: your role is Member.");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
