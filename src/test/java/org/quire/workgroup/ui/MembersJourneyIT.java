package org.quire.workgroup.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.internal.MembershipStore;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: the demo staff suspend the demo member with a reason, and the member, signed
 * in all along, is refused at their next navigation. It runs on a workgroup of its own and ends
 * both memberships afterwards, so other tests find the demo people as the seed left them.
 */
@QuireIntegrationTest
class MembersJourneyIT extends BrowserJourney {

    @Autowired
    WorkgroupFounding founding;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup workgroup;

    @BeforeEach
    void aWorkgroupWithTheDemoStaffAndMember() {
        SignedIn.as(people, signIn.issuer(), "staff");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        workgroup = founding.create(new NewWorkgroup("coding-guidance-" + suffix, "Coding Guidance Workgroup "
                + suffix, "Drafts guidance for telehealth coding.", List.of("Write introductory language.")),
                key("staff"));
        memberships.add(new Membership(workgroup.id(), key("member"), WorkgroupRole.MEMBER, MembershipStatus.ACTIVE));
        SignedIn.signOut();
    }

    @AfterEach
    void endTheJourneysMemberships() {
        memberships.changeStatus(workgroup.id(), key("member"), MembershipStatus.REMOVED);
        memberships.changeStatus(workgroup.id(), key("staff"), MembershipStatus.REMOVED);
    }

    @Test
    void staffSuspendTheMemberWhoIsRefusedAtTheirNextNavigation() {
        var member = signedIn("member");
        member.navigate(baseUrl() + "/" + WorkgroupHomeView.path(workgroup));
        Vaadin.waitUntilIdle(member);
        assertThat(member.locator("#your-role")).hasText("Your role: Member");

        var staff = signedIn("staff");
        staff.navigate(baseUrl() + "/" + WorkgroupHomeView.path(workgroup));
        Vaadin.waitUntilIdle(staff);
        staff.locator("#manage-members-link").click();
        staff.waitForURL(Pattern.compile(".*/members$"));
        Vaadin.waitUntilIdle(staff);
        assertThat(Axe.seriousViolations(staff)).isEmpty();
        staff.locator("#roster vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Dr. Rafael Okafor")).click();
        assertThat(staff.locator("#member-name")).hasText("Dr. Rafael Okafor");
        staff.locator("#suspend-member").click();
        staff.locator("#confirm-reason").click();
        assertThat(staff.locator("#reason")).hasAttribute("invalid", "");
        staff.locator("#reason textarea").fill("Shared a confidential draft outside the workgroup.");
        assertThat(Axe.seriousViolations(staff)).isEmpty();
        screenshot(staff, "members-reason-dialog");
        staff.locator("#confirm-reason").click();
        assertThat(staff.locator("#members-outcome")).hasText("Dr. Rafael Okafor is suspended.");
        assertThat(staff.locator("#member-history")).containsText("Reason: Shared a confidential draft");
        screenshot(staff, "members");

        member.navigate(baseUrl() + "/" + WorkgroupHomeView.path(workgroup));
        Vaadin.waitUntilIdle(member);
        assertThat(member.locator("#your-role")).hasCount(0);
        assertThat(member.locator("body")).containsText("You cannot open the workgroup");

        staff.navigate(baseUrl() + "/profile");
        Vaadin.waitUntilIdle(staff);
        assertThat(staff.locator("#disclosure-reminder")).isVisible();
        assertThat(Axe.seriousViolations(staff)).isEmpty();
        screenshot(staff, "profile");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
