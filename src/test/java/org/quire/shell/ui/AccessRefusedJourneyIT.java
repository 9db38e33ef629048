package org.quire.shell.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupFounding;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member of the Telehealth workgroup opens addresses of a workgroup they have no part in: the
 * workgroup's home is refused with its name and the way to ask to join; its proposal reads as not
 * found (DD005: proposal ids reveal nothing); nothing of either page's content reaches the browser.
 */
@QuireIntegrationTest
class AccessRefusedJourneyIT extends BrowserJourney {

    private static final String SECRET_TEXT = "Thresholds for continuous glucose data agreed in closed session.";

    @Autowired
    WorkgroupFounding founding;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup other;
    Proposal otherProposal;
    Page page;

    @BeforeEach
    void anotherWorkgroupWithAProposal() {
        SignedIn.as(people, signIn.issuer(), "staff");
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var otherStaff = new PersonKey(signIn.issuer(), "endocrinology-staff-" + suffix);
        people.introduce(otherStaff, "Endocrinology Staff", null, null);
        other = founding.create(new NewWorkgroup("endocrinology-" + suffix, "Endocrinology Workgroup " + suffix,
                "Reviews codes for diabetes care; its drafts are not public.", List.of("Review glucose monitoring.")),
                otherStaff);
        SignedIn.as(people, signIn.issuer(), otherStaff.subject());
        otherProposal = proposals.create(other.id(), new NewProposal("Continuous glucose data review", List.of()));
        sections.save(otherProposal.id(), otherProposal.currentSections().getFirst().id(), 1, SECRET_TEXT, "");
        SignedIn.signOut();
    }

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void aMemberOfOneWorkgroupIsRefusedAnothersPagesAndOfferedToAskToJoin() {
        page = signedIn("member");

        open("/proposals/" + otherProposal.id().value());
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).containsText("There is no such proposal, or it is not open to you.");
        assertNothingOfTheOtherWorkgroupShows();

        open("/workgroups/" + other.slug());
        assertThat(page.locator("h1")).hasText("Not available to you");
        assertThat(page.locator("#refusal-reason")).hasText("You are not a member of " + other.name() + ".");
        assertNothingOfTheOtherWorkgroupShows();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/access-refused.png")));

        page.locator("#request-to-participate").click();
        page.waitForURL(Pattern.compile(".*/workgroups/" + other.slug() + "/participate$"));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("body")).containsText(other.name());
    }

    private void assertNothingOfTheOtherWorkgroupShows() {
        var body = page.locator("body");
        assertThat(body).not().containsText("Continuous glucose data review");
        assertThat(body).not().containsText(SECRET_TEXT);
        assertThat(body).not().containsText("its drafts are not public");
        assertThat(body).not().containsText("Review glucose monitoring");
    }

    private void open(String path) {
        page.navigate(baseUrl() + path);
        Vaadin.waitUntilIdle(page);
    }
}
