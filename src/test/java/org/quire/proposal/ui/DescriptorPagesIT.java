package org.quire.proposal.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.internal.DemoProposal;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The descriptor views in Chromium: the demo proposal's set with its CPT marks in the reader and on
 * its own page, and a diff of two revisions, with no serious accessibility violation. Leaves
 * screenshots in target/screenshots.
 */
@QuireIntegrationTest
class DescriptorPagesIT extends BrowserJourney {

    @Autowired
    ProposalService proposals;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    @Test
    void aMemberSeesTheDemoSetWithItsMarksInTheReaderAndOnItsPage() {
        SignedIn.as(people, signIn.issuer(), "member");
        var demo = proposals.list(workgroups.workgroup("telehealth").id()).stream()
                .filter(p -> p.title().equals(DemoProposal.TITLE)).findFirst().orElseThrow();
        SignedIn.signOut();
        var page = signedIn("member");
        try {
            page.navigate(baseUrl() + "/" + ProposalRoutes.proposal(demo.id()));
            Vaadin.waitUntilIdle(page);
            page.locator("#contents a[href$='#code-descriptors']").click();
            page.waitForURL("**/" + ProposalRoutes.proposal(demo.id()) + "#code-descriptors");
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#code-descriptors")).isInViewport();
            assertThat(page.locator("li[data-code='9X0X1'] .cpt-code").first()).isVisible();

            page.locator("#open-descriptors").click();
            page.waitForURL("**/descriptors");
            Vaadin.waitUntilIdle(page);
            assertThat(page.locator("#descriptors-title")).hasText("Code descriptors");
            assertThat(page.locator("li[data-code='9X0X1'] .cpt-symbols").first()).containsText("●");
            assertThat(page.locator(".cpt-symbols", new Page.LocatorOptions().setHasText("★")).first()).isVisible();
            assertThat(page.locator(".cpt-symbols", new Page.LocatorOptions().setHasText("☎")).first()).isVisible();
            assertThat(page.locator("del.cpt-struck").first()).isVisible();
            assertThat(page.locator("#review-status")).isVisible();
            assertThat(page.locator("#mark-ready, #withdraw-ready").first()).isVisible();
            assertThat(Axe.seriousViolations(page)).isEmpty();
            page.setViewportSize(1280, 2800); // the page scrolls inside the app layout, which a full-page shot misses
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/descriptor-page.png")));
        } catch (RuntimeException | AssertionError failure) {
            CollaborativeEditingIT.screenshot(page, "descriptor-page-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void theDiffOfTwoRevisionsShowsEachChangedDescriptor() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Descriptor changes in a browser", List.of(1)));
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        descriptorSets.save(proposal.id(), 2, revised(DemoDescriptors.telemedicine()), "Wording");
        SignedIn.signOut();
        var page = signedIn("member");
        try {
            page.navigate(baseUrl() + "/" + ProposalRoutes.descriptorHistory(proposal.id()));
            Vaadin.waitUntilIdle(page);
            page.locator("a", new Page.LocatorOptions().setHasText("Compare with previous")).first().click();
            page.waitForURL("**/diff/2/3");
            Vaadin.waitUntilIdle(page);
            Locator changed = page.locator(".descriptor-change[data-code='9X0X1']");
            assertThat(changed).containsText("Changed");
            assertThat(changed.locator("ins.change-inserted").first()).hasText("with a second clinician present");
            assertThat(page.locator(".descriptor-change[data-code='9X2X6'] h3")).containsText("9X2X6 (was 9X2X5)");
            assertThat(page.locator(".descriptor-change[data-kind='removed']")).containsText("9X2X9");
            assertThat(page.locator(".descriptor-change[data-kind='added']")).containsText("lost connection");
            assertThat(Axe.seriousViolations(page)).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/descriptor-diff.png")));
        } catch (RuntimeException | AssertionError failure) {
            CollaborativeEditingIT.screenshot(page, "descriptor-diff-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    /**
     * The set with words added to the first code's text, the add-on renamed, the deleted code taken
     * out and a new code added to the last family.
     */
    static DescriptorSet revised(DescriptorSet set) {
        var families = new ArrayList<>(set.families());
        var first = new ArrayList<>(families.getFirst().descriptors());
        first.set(0, first.getFirst().withText(first.getFirst().text() + " with a second clinician present"));
        families.set(0, families.getFirst().withDescriptors(first));
        var last = new ArrayList<Descriptor>();
        for (var descriptor : families.getLast().descriptors()) {
            if (descriptor.code().equals("9X2X5")) {
                last.add(descriptor.withCode("9X2X6"));
            } else if (descriptor.action() != DescriptorAction.DELETED) {
                last.add(descriptor);
            }
        }
        last.add(Descriptor.of("9X2X7", DescriptorAction.NEW, "Telemedicine visit interrupted by a lost connection, "
                + "resumed within the hour"));
        families.set(families.size() - 1, families.getLast().withDescriptors(last));
        return set.withFamilies(families);
    }
}
