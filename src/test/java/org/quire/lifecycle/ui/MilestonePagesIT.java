package org.quire.lifecycle.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.Axe;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.DescriptorEdits;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;
import org.quire.proposal.SectionService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The milestone pages in Chromium: the comparison of two milestones with its chips and marked words,
 * and the first milestone as it read then, with no serious accessibility violation. Leaves
 * screenshots in target/screenshots.
 */
@QuireIntegrationTest
class MilestonePagesIT extends BrowserJourney {

    @Autowired
    Milestones milestones;
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
    void aMemberComparesTwoMilestonesAndReadsTheFirstAsItWas() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Milestone journey", List.of(1)));
        var ids = proposal.currentSections().stream().map(s -> s.id()).toList();
        write(proposal.id(), ids.get(1), "Monitoring at home **reduces** admissions (two studies).");
        write(proposal.id(), ids.get(2), "A patient with heart failure sends daily weights.");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
        var first = milestones.capture(proposal.id(), "First draft");
        write(proposal.id(), ids.get(1), "Monitoring at home **reduces** admissions (three studies).");
        proposals.renameSection(proposal.id(), ids.get(2), "Clinical vignettes");
        proposals.moveSection(proposal.id(), ids.get(4), -4);
        proposals.removeSection(proposal.id(), ids.get(3));
        proposals.addSection(proposal.id(), SectionKind.OTHER, "Coding notes");
        var set = DemoDescriptors.telemedicine();
        var changed = set.descriptors().getFirst();
        descriptorSets.save(proposal.id(), 2, DescriptorEdits.replace(set,
                changed.withText(changed.text() + " with a caregiver present")), "Caregivers");
        var second = milestones.capture(proposal.id(), "Second draft");
        SignedIn.signOut();

        var page = signedIn("member");
        page.navigate(baseUrl() + "/" + MilestoneRoutes.compare(proposal.id(), first.id(), second.id()));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#comparison-title")).hasText("“First draft” compared with “Second draft”");
        var rationale = page.locator("#section-change-" + ids.get(1).value());
        assertThat(rationale.locator("ins.change-inserted")).hasText("three");
        assertThat(rationale.locator("del.change-deleted")).hasText("two");
        assertThat(page.locator("#section-change-" + ids.get(3).value() + " .status-removed")).hasText("Removed");
        assertThat(page.locator("#section-change-" + ids.get(4).value() + " .status-moved")).hasText("Moved");
        assertThat(page.locator("#section-change-" + ids.get(2).value() + " .status-renamed")).hasText("Renamed");
        assertThat(page.locator(".status-added")).hasText("Added");
        assertThat(page.locator("#descriptor-change-list")).containsText(changed.code() + ": descriptor text changed.");
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.setViewportSize(1280, 2600);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/milestone-compare.png")));

        page.navigate(baseUrl() + "/" + MilestoneRoutes.milestone(proposal.id(), first.id()));
        Vaadin.waitUntilIdle(page);
        assertThat(page.locator("#milestone-title")).hasText("Milestone: First draft");
        assertThat(page.locator("#milestone-section-" + ids.get(3).value() + " h3")).hasText("4. Description of service");
        assertThat(page.locator("#milestone-section-" + ids.get(1).value() + " strong")).hasText("reduces");
        assertThat(page.locator("#milestone-section-" + ids.get(1).value())).containsText("two studies");
        assertThat(page.locator("#milestone-descriptors .cpt-code").first()).isVisible();
        assertThat(Axe.seriousViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/milestone-view.png")));
        page.context().close();
    }

    private void write(org.quire.proposal.ProposalId proposal, SectionId section, String text) {
        var head = sections.read(proposal, section).head().number();
        sections.save(proposal, section, head, text, "");
    }
}
