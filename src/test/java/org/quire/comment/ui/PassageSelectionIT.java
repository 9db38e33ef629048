package org.quire.comment.ui;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
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
 * A member selects words in the reader view and asks to comment on them, by the floating button and
 * by its shortcut: the page maps the selection to the right range of the Markdown source, and marks
 * the passage to comment on over exactly the words selected. Selections that leave a section's text
 * offer nothing; each descriptor offers its own "Comment".
 */
@QuireIntegrationTest
class PassageSelectionIT extends BrowserJourney {

    private static final String TEXT = "Report *audio-only* visits once per day, as **the guide** says.\n\n"
            + "- first item\n- second **bold** item\n\nFish &amp; chips.";
    private static final String OTHER = "Another section's words.";

    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;
    String descriptorId;
    Page page;

    @BeforeEach
    void aProposalWithFormattedText() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Selecting passages", List.of()));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "");
        sections.save(proposal.id(), proposal.currentSections().get(1).id(), 1, OTHER, "");
        descriptorSets.save(proposal.id(), 1, DescriptorSet.EMPTY.withFamilies(List.of(CodeFamily.of("Check-ins",
                List.of(Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in"))))), "a code");
        descriptorId = descriptorSets.read(proposal.id()).set().descriptors().getFirst().id().value();
        SignedIn.signOut();
    }

    @AfterEach
    void closeBrowserContext() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void selectedWordsBecomeTheirRangeOfTheSourceByButtonAndByShortcut() {
        page = signedIn("member");
        try {
            page.navigate(baseUrl() + "/proposals/" + proposal.id().value());
            Vaadin.waitUntilIdle(page);
            var text = page.locator(".markdown[data-review-section='" + intro.value() + "']");
            assertThat(text.locator("em")).hasText("audio-only");
            var button = page.locator("#comment-selection");
            assertThat(button).isHidden();

            ReaderSelection.select(page, textOf(intro), "audio-only", "visits");
            assertThat(button).isVisible();
            assertThat(button).hasAttribute("aria-keyshortcuts", "Control+Alt+M");
            assertThat(button).hasAttribute("title", "Comment on the selected passage (Ctrl+Alt+M)");
            screenshot("selection-button");
            button.click();
            Vaadin.waitUntilIdle(page);
            assertThat(text).hasAttribute("data-selected-range", range("*audio-only* visits"));
            assertThat(pendingText()).isEqualTo("audio-only visits");
            assertThat(button).isHidden();

            ReaderSelection.select(page, textOf(intro), "first item", "second bold");
            page.keyboard().press("Control+Alt+KeyM");
            Vaadin.waitUntilIdle(page);
            assertThat(text).hasAttribute("data-selected-range", range("first item\n- second **bold**"));
            assertThat(pendingText()).isEqualTo("first item|second bold");

            ReaderSelection.select(page, textOf(intro), "& chips", "& chips");
            button.click();
            Vaadin.waitUntilIdle(page);
            assertThat(text).hasAttribute("data-selected-range", range("&amp; chips"));
            screenshot("selection-pending");
        } catch (RuntimeException | AssertionError failure) {
            screenshot("selection-failure");
            throw failure;
        }
    }

    @Test
    void aSelectionLeavingTheSectionsTextOffersNoCommentButEachDescriptorOffersOne() {
        page = signedIn("member");
        try {
            page.navigate(baseUrl() + "/proposals/" + proposal.id().value());
            Vaadin.waitUntilIdle(page);
            var button = page.locator("#comment-selection");
            ReaderSelection.select(page, ".reader-document", "Fish", "Another section");
            page.keyboard().press("Control+Alt+KeyM");
            Vaadin.waitUntilIdle(page);
            assertThat(button).isHidden();
            assertThat(page.locator("[data-selected-range]")).hasCount(0);

            var pick = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Comment on descriptor 9X0X1"));
            pick.click();
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator(".descriptor-part")).hasAttribute("data-picked-descriptor", descriptorId);
        } catch (RuntimeException | AssertionError failure) {
            screenshot("descriptor-pick-failure");
            throw failure;
        }
    }

    private static String textOf(SectionId section) {
        return ".markdown[data-review-section='" + section.value() + "']";
    }

    private static String range(String quote) {
        int start = TEXT.indexOf(quote);
        return start + "-" + (start + quote.length());
    }

    private String pendingText() {
        return Highlights.text(page, "mark.comment-highlight.pending");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
