package org.quire.comment.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.comment.CommentThread;
import org.quire.comment.CommentThreads;
import org.quire.comment.Suggestion;
import org.quire.comment.internal.ThreadStore;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads started on passages of emphasized text show as highlights over exactly the words they
 * quote, overlapping ones each reachable; a pending suggestion shows as a tracked change; a resolved
 * thread leaves the text clean; nothing a comment or suggestion says runs as script.
 */
@QuireIntegrationTest
class PassageHighlightsIT extends BrowserJourney {

    private static final String TEXT = "Audio-only visits are *reported once* per day.\n\n"
            + "Video visits are **billed separately** here, see [the guide](https://example.org/guide).";
    private static final String PAYLOAD = "<img src=x onerror=alert('comment')><script>alert('comment')</script>";

    @Autowired
    CommentThreads comments;
    @Autowired
    ThreadStore store;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Page page;

    @AfterEach
    void closeBrowserContext() {
        SignedIn.signOut();
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void threadsOnEmphasizedWordsAreHighlightedOverExactlyThoseWordsAndASuggestionAsATrackedChange() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Highlighted passages", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "");
        var inside = on(proposal.id(), intro, "reported once", PAYLOAD);
        var around = on(proposal.id(), intro, "*reported once* per", "The whole phrase.");
        var linked = on(proposal.id(), intro, "the guide", "Which guide?");
        var suggested = on(proposal.id(), intro, "billed separately", "Simpler words.");
        store.update(withSuggestion(suggested, PAYLOAD + "charged apart"));
        var resolved = comments.resolve(on(proposal.id(), intro, "Audio-only", "Done with.").id());
        SignedIn.signOut();

        page = signedIn("member");
        var dialogs = new ArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        try {
            page.navigate(baseUrl() + "/proposals/" + proposal.id().value());
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator(marks(inside))).not().hasCount(0);

            assertThat(Highlights.text(page, marks(inside))).isEqualTo("reported once");
            assertThat(Highlights.text(page, marks(around))).isEqualTo("reported once per");
            assertThat(page.locator(marks(around) + " " + marks(inside))).not().hasCount(0);
            assertThat(Highlights.text(page, marks(linked))).isEqualTo("the guide");
            assertThat(page.locator("a " + marks(linked))).hasCount(1);
            assertThat(page.locator(marks(resolved))).hasCount(0);

            var deletion = "del.suggested-deletion[data-thread-id='" + suggested.id().value() + "']";
            assertThat(Highlights.text(page, deletion)).isEqualTo("billed separately");
            var insertion = page.locator("ins.suggested-insertion[data-thread-id='" + suggested.id().value() + "']");
            assertThat(insertion).hasText("Suggested insertion: " + PAYLOAD + "charged apart");
            assertThat(page.locator(deletion).first()).containsText("Suggested deletion:");
            assertThat(page.locator(".markdown script, .markdown img")).hasCount(0);

            var focused = Pattern.compile(".*\\bfocused\\b.*");
            var inner = page.locator(marks(inside)).first();
            clickOnWords(marks(inside));
            assertThat(inner).hasClass(focused);
            clickOnWords(marks(inside)); // the same spot again: the passage around it
            assertThat(page.locator(marks(around)).first()).hasClass(focused);
            assertThat(page.locator(marks(inside) + ".focused")).hasCount(0);
            page.locator(marks(linked)).first().focus();
            page.keyboard().press("Enter");
            assertThat(page.locator(marks(linked)).first()).hasClass(focused);
            assertThat(page.locator(marks(around) + ".focused")).hasCount(0);
            assertThat(page).not().hasURL(Pattern.compile(".*example\\.org.*"));

            page.reload();
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator(marks(inside))).not().hasCount(0);
            assertThat(Highlights.text(page, marks(inside))).isEqualTo("reported once");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            screenshot("passage-highlights");
            assertThat(dialogs).isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            screenshot("passage-highlights-failure");
            throw failure;
        }
    }

    private CommentThread on(org.quire.proposal.ProposalId proposal, org.quire.proposal.SectionId section,
            String quote, String comment) {
        int start = TEXT.indexOf(quote);
        return comments.startOnPassage(proposal, section, 2, start, start + quote.length(), comment);
    }

    /** The thread as {@code Suggestions.suggest} will store it (that service is still being built). */
    private static CommentThread withSuggestion(CommentThread thread, String replacement) {
        return new CommentThread(thread.id(), thread.proposal(), thread.workgroup(), thread.target(), thread.status(),
                thread.startedBy(), thread.organization(), thread.startedAt(), thread.comments(), thread.resolution(),
                Suggestion.pending(replacement), thread.disposition(), thread.blocking(), thread.version());
    }

    /** Clicks the middle of the words (not the screen reader's label) of the first element matching the selector. */
    private void clickOnWords(String selector) {
        var middle = (java.util.List<?>) page.evaluate("""
                selector => {
                  const el = document.querySelector(selector);
                  el.scrollIntoView({ block: 'center' });
                  const words = Array.from(el.childNodes).find(n => n.nodeType === Node.TEXT_NODE && n.data.trim());
                  const range = document.createRange();
                  range.selectNodeContents(words);
                  const box = range.getBoundingClientRect();
                  return [box.left + box.width / 2, box.top + box.height / 2];
                }
                """, selector);
        page.mouse().click(((Number) middle.get(0)).doubleValue(), ((Number) middle.get(1)).doubleValue());
        Vaadin.waitUntilIdle(page);
    }

    private static String marks(CommentThread thread) {
        return "mark.comment-highlight[data-thread-id='" + thread.id().value() + "']";
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
