package org.quire.proposal.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.EditorKeys;
import org.quire.browser.Vaadin;
import org.quire.comment.CommentThreads;
import org.quire.descriptor.DemoDescriptors;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical violation in the reader, editor, history and diff views
 * (of sections and of the descriptor set) and the comment periods page as a member reads it,
 * and the editor's toolbar, text and save button are reached with the keyboard alone.
 */
@QuireIntegrationTest
class AccessibilityIT extends BrowserJourney {

    @Autowired
    CommentThreads comments;
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

    @Test
    void theDraftingViewsPassAxeAndTheEditorWorksFromTheKeyboard() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Accessible drafting", List.of(1)));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "# Scope\n\nVisits of **20 minutes**.\n\n| Code | Time |\n|---|---|\n"
                + "| 9X0X1 | 20 |\n", "");
        sections.save(proposal.id(), intro, 2, "# Scope\n\nVisits of **30 minutes** or more.\n", "");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "");
        descriptorSets.save(proposal.id(), 2, DescriptorPagesIT.revised(DemoDescriptors.telemedicine()), "");
        // the reader's margin then holds a passage thread with a reply and a whole-proposal thread
        var thread = comments.startOnPassage(proposal.id(), intro, 3, 9, 29, "Why *30* minutes?");
        comments.reply(thread.id(), "The survey says so.");
        comments.startOnProposal(proposal.id(), "Ready for the panel?");
        SignedIn.signOut();
        var base = baseUrl() + "/";
        var page = signedIn("member");
        try {
            for (var route : List.of(ProposalRoutes.proposal(proposal.id()), ProposalRoutes.edit(proposal.id(), intro),
                    ProposalRoutes.history(proposal.id(), intro), ProposalRoutes.diff(proposal.id(), intro, 2, 3),
                    ProposalRoutes.descriptors(proposal.id()), ProposalRoutes.descriptorHistory(proposal.id()),
                    ProposalRoutes.descriptorRevision(proposal.id(), 3),
                    ProposalRoutes.descriptorDiff(proposal.id(), 2, 3), ProposalRoutes.commentPeriods(proposal.id()))) {
                page.navigate(base + route);
                Vaadin.waitUntilIdle(page);
                assertThat(Axe.seriousViolations(page)).as(route).isEmpty();
            }

            page.navigate(base + ProposalRoutes.edit(proposal.id(), intro));
            page.waitForURL(Pattern.compile(".*/edit$"));
            Vaadin.waitUntilIdle(page);
            EditorKeys.content(page, "section-text").focus();
            page.keyboard().press("ControlOrMeta+End");
            page.keyboard().type(" Plain words");
            page.keyboard().press("Shift+Home");
            page.keyboard().press("ControlOrMeta+B");
            assertThat(EditorKeys.content(page, "section-text")).containsText("**");
            for (int presses = 0; presses < 40 && !isFocused(page, "#save-section"); presses++) {
                page.keyboard().press("Tab");
            }
            assertThat(page.locator("#save-section")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#save-outcome")).containsText("Saved as revision 4");
        } catch (RuntimeException | AssertionError failure) {
            CollaborativeEditingIT.screenshot(page, "accessibility-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private static boolean isFocused(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
    }
}
