package org.quire.lifecycle.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.NewPanelMeeting;
import org.quire.lifecycle.PanelMeetings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way to the Panel in real browsers: a draft goes through a comment period (STAFF close it on
 * its page), STAFF send it to workgroup approval, a member votes, STAFF decide the vote, choose the
 * Panel meeting and submit; the timeline and the milestones tell the story. In a workgroup of its
 * own, so its one member makes the quorum whatever other tests add to the demo workgroup.
 */
@QuireIntegrationTest
class LifecycleJourneyIT extends BrowserJourney {

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    CommentPeriods periods;
    @Autowired
    PanelMeetings meetings;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    Page staff;
    Page member;

    @BeforeEach
    void aDraftInAWorkgroupOfItsOwnWithAPanelMeetingAhead() {
        var slug = "lifecycle-journey-" + System.nanoTime() % 100_000;
        var workgroup = workgroupStore.create(new NewWorkgroup(slug, "Lifecycle Journey Workgroup " + slug,
                "A workgroup for the lifecycle journey.", List.of("Describe remote visits.")));
        memberships.add(new Membership(workgroup.id(), new PersonKey(signIn.issuer(), "staff"), WorkgroupRole.STAFF,
                MembershipStatus.ACTIVE));
        memberships.add(new Membership(workgroup.id(), new PersonKey(signIn.issuer(), "member"),
                WorkgroupRole.MEMBER, MembershipStatus.ACTIVE));
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroup.id(), new NewProposal("Remote monitoring visits", List.of(1)));
        sections.save(proposal.id(), proposal.currentSections().getFirst().id(), 1,
                "Report the code once per day of remote monitoring.", "Intro");
        SignedIn.as(people, signIn.issuer(), "staff");
        meetings.schedule(workgroup.id(), NewPanelMeeting.computed("CPT Editorial Panel, in seven months",
                LocalDate.now().plusMonths(7), "Chicago"));
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(14)),
                CommentAudience.EVERY_COMMENTER);
        SignedIn.signOut();
    }

    @AfterEach
    void closeBrowserContexts() {
        for (var page : new Page[] {staff, member}) {
            if (page != null) {
                page.context().close();
            }
        }
    }

    @Test
    void aDraftGoesThroughACommentPeriodAndTheVoteToTheEditorialPanel() {
        staff = signedIn("staff");
        try {
            open(staff, "/comment-periods");
            staff.locator("#period-1-close").click();
            Vaadin.waitUntilIdle(staff);
            open(staff, "/lifecycle");
            assertThat(staff.locator("#lifecycle-state")).hasText("Revising");
            assertThat(staff.locator("#milestones")).containsText("Draft for comment period 1");

            staff.locator("#take-workgroup-approval").click();
            staff.locator("#confirm-step").click();
            assertThat(staff.locator("#lifecycle-state")).hasText("Workgroup approval");
            assertThat(staff.locator("#frozen-notice")).containsText("frozen");
            assertThat(staff.locator("#next-submitted .blockers")).containsText("not decided yet");

            member = signedIn("member");
            open(member, "/lifecycle");
            member.locator("#vote-choice vaadin-radio-button", new Page.LocatorOptions().setHasText("Approve")).click();
            member.locator("#vote-note textarea").fill("The vignette reads well now.");
            member.locator("#cast-vote").click();
            assertThat(member.locator("#vote-tally")).containsText("1");
            assertThat(member.locator("#propose-submitted")).isVisible();

            open(staff, "/lifecycle");
            staff.locator("#decide-vote").click();
            staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide").setExact(true)).click();
            assertThat(staff.locator("#vote-state")).containsText("Approved");
            staff.locator("#panel-meeting-choice").click();
            staff.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                    .setHasText("CPT Editorial Panel, in seven months")).click();
            staff.locator("#choose-panel-meeting").click();
            assertThat(staff.locator("#panel-deadline")).containsText("days left");

            staff.locator("#take-submitted").click();
            staff.locator("#step-reason textarea").fill("Approved by the workgroup.");
            staff.locator("#confirm-step").click();
            assertThat(staff.locator("#lifecycle-state")).hasText("Submitted");
            assertThat(staff.locator("#lifecycle-outcome")).containsText("now \"Submitted\"");
            assertThat(staff.locator("#timeline li")).hasCount(4);
            assertThat(staff.locator("#timeline")).containsText("Workgroup approval → Submitted");
            assertThat(staff.locator("#timeline")).containsText("Approved by the workgroup.");
            assertThat(staff.locator("#milestones")).containsText("For workgroup approval 1");
            assertThat(staff.locator("#milestones")).containsText("Submitted");
            assertThat(proposals(ProposalState.SUBMITTED)).isTrue();
            screenshot(staff, "lifecycle"); // docs/screenshots keeps a copy for the README
        } catch (RuntimeException | AssertionError failure) {
            screenshot(staff, "lifecycle-journey-failure");
            screenshot(member, "lifecycle-journey-member-failure");
            throw failure;
        }
    }

    private boolean proposals(ProposalState expected) {
        SignedIn.as(people, signIn.issuer(), "staff");
        try {
            return proposals.get(proposal.id()).state() == expected;
        } finally {
            SignedIn.signOut();
        }
    }

    private void open(Page page, String part) {
        page.navigate(baseUrl() + "/proposals/" + proposal.id().value() + part);
        Vaadin.waitUntilIdle(page);
    }

    private static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + ".png")));
        }
    }
}
