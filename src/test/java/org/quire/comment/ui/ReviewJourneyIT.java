package org.quire.comment.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
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
 * Review end to end in real browsers: a specialty society's commenter, during a comment period,
 * selects words and comments; a member answers and edits the passage, and the highlight follows
 * the words in the commenter's page; the commenter suggests an edit, a member accepts it, and the
 * new revision credits the commenter.
 */
@QuireIntegrationTest
class ReviewJourneyIT extends BrowserJourney {

    private static final String FIRST = "Telehealth visits need a **real-time** connection.";
    private static final String COMMENT_TEXT = "#thread-composer vaadin-text-area.comment-input textarea";
    private static final String SECOND = "Choose the level by the clinical reasoning the visit required.";

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    CommentPeriods periods;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;
    Page commenter;
    Page member;

    @BeforeEach
    void aProposalInItsCommentPeriod() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Review from selection to revision", List.of()));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, FIRST + "\n\n" + SECOND + "\n", "");
        SignedIn.as(people, signIn.issuer(), "staff");
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        SignedIn.signOut();
    }

    @AfterEach
    void closeBrowserContexts() {
        for (var page : new Page[] {commenter, member}) {
            if (page != null) {
                page.context().close();
            }
        }
    }

    @Test
    void aCommenterCommentsAMemberRepliesAndEditsThePassageAndTheHighlightFollowsIt() {
        commenter = openProposal("commenter");
        member = openProposal("member");
        try {
            select(commenter, "clinical reasoning", "required");
            commenter.locator("#comment-selection").click();
            commenter.locator(COMMENT_TEXT).fill("Should time count as well as reasoning?");
            commenter.locator("#thread-composer vaadin-button.post-comment").click();
            highlighted(commenter, "mark.comment-highlight", "clinical reasoning the visit required");
            var card = card(commenter, "Should time count");
            assertThat(card.locator(".thread-organization")).hasText("Academy of Remote Cardiac Monitoring");

            var seenByMember = card(member, "Should time count");
            assertThat(seenByMember).isVisible(); // arrived live
            seenByMember.locator("vaadin-button.reply-thread").click();
            seenByMember.locator("textarea").fill("Yes: the next revision says so.");
            seenByMember.locator("vaadin-button.post-comment").click();
            assertThat(card.locator(".comment-entry")).hasCount(2); // the commenter sees the answer arrive

            member.navigate(baseUrl() + "/proposals/" + proposal.id().value() + "/sections/" + intro.value()
                    + "/edit");
            Vaadin.waitUntilIdle(member);
            EditorKeys.replaceText(member, "section-text", "Read this first.\n\n" + FIRST + "\n\n"
                    + SECOND.replace("reasoning the visit required", "reasoning or the time the visit required")
                    + "\n");
            member.locator("#save-section").click();
            assertThat(member.locator(".save-message")).containsText("Saved as revision 3");

            highlighted(commenter, "mark.comment-highlight", "clinical reasoning or the time the visit required");
            assertThat(card.locator(".anchor-badge")).hasClass(java.util.regex.Pattern.compile(".*anchor-changed.*"));
            screenshot(commenter, "review-highlight-followed");
        } catch (RuntimeException | AssertionError failure) {
            screenshot(commenter, "review-journey-failure");
            throw failure;
        }
    }

    @Test
    void aCommenterSuggestsAMemberAcceptsAndTheRevisionCreditsTheCommenter() {
        commenter = openProposal("commenter");
        try {
            select(commenter, "real-time", "connection");
            commenter.locator("#comment-selection").click();
            commenter.locator("#composer-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Suggest"))
                    .click();
            assertThat(commenter.locator("#suggested-replacement textarea")).hasValue("**real-time** connection");
            commenter.locator("#suggested-replacement textarea").fill("**real-time** audio or video connection");
            commenter.locator(COMMENT_TEXT).fill("Audio-only visits are real-time too.");
            commenter.locator("#thread-composer vaadin-button.post-comment").click();
            var suggestion = card(commenter, "Audio-only visits are real-time too.");
            assertThat(suggestion.locator(".suggestion-status")).containsText("Waiting");
            highlighted(commenter, "del.suggested-deletion", "real-time connection");
            highlighted(commenter, "ins.suggested-insertion", "**real-time** audio or video connection");
            assertThat(suggestion.locator("vaadin-button.accept-suggestion")).hasCount(0);

            member = openProposal("member");
            var decided = card(member, "Audio-only visits are real-time too.");
            decided.locator("vaadin-button.accept-suggestion").click();
            var text = member.locator(".markdown[data-review-section='" + intro.value() + "']");
            assertThat(text).containsText("Telehealth visits need a real-time audio or video connection.");
            assertThat(text.locator("strong")).hasText("real-time"); // the emphasis went with the words
            assertThat(decided).isHidden(); // accepted is resolved: out of the open threads
            member.locator("#filter-resolved").click();
            assertThat(decided.locator(".suggestion-status")).containsText("Accepted");

            member.navigate(baseUrl() + "/proposals/" + proposal.id().value() + "/sections/" + intro.value()
                    + "/history");
            Vaadin.waitUntilIdle(member);
            assertThat(member.locator("vaadin-grid")).containsText("suggested by Priya Raman");
            screenshot(member, "review-suggestion-credited");
        } catch (RuntimeException | AssertionError failure) {
            screenshot(commenter, "review-suggestion-failure");
            throw failure;
        }
    }

    private Page openProposal(String username) {
        var page = signedIn(username);
        page.navigate(baseUrl() + "/proposals/" + proposal.id().value());
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator(".thread-panel")).isVisible();
        return page;
    }

    private void select(Page page, String from, String to) {
        ReaderSelection.select(page, ".markdown[data-review-section='" + intro.value() + "']", from, to);
    }

    /** Waits until the highlights matching {@code selector} wrap exactly {@code words} (labels for screen readers aside). */
    private static void highlighted(Page page, String selector, String words) {
        try {
            page.waitForCondition(() -> Highlights.text(page, selector).equals(words));
        } catch (com.microsoft.playwright.TimeoutError notThere) {
            throw new AssertionError("Expected the highlight to read \"" + words + "\" but it reads \""
                    + Highlights.text(page, selector) + "\"", notThere);
        }
    }

    private static com.microsoft.playwright.Locator card(Page page, String text) {
        return page.locator(".thread-card", new Page.LocatorOptions().setHasText(text));
    }

    private static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + ".png")));
        }
    }
}
