package org.quire.proposal.ui;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.browser.BrowserJourney;
import org.quire.browser.Vaadin;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.CodeFamilyId;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
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
 * Script saved in a section or a descriptor set never runs: not in the reader, the editor's preview,
 * the history, the diff, the blame or the descriptor views. Every payload would open a dialog or set a flag if it ran.
 */
@QuireIntegrationTest
class ScriptPayloadIT extends BrowserJourney {

    static final String PAYLOADS = String.join("\n\n",
            "<script>alert('script')</script>",
            "<img src=x onerror=\"alert('img')\">",
            "[click](javascript:alert('link')) [mixed](JaVaScRiPt:alert('case')) "
                    + "[entity](java&#115;cript:alert('entity')) [vb](vbscript:msgbox('vb'))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+)",
            "<svg onload=\"alert('svg')\"><circle r=1 /></svg>",
            "<iframe src=\"javascript:alert('iframe')\"></iframe>",
            "<a href=\"#\" onclick=\"alert('click')\" id=\"bait\">bait</a>",
            "<details open ontoggle=\"window.pwned=1\">x</details>",
            "![pic](x \"title\" onerror=alert('attr'))",
            "<style>body{background:url(javascript:alert('css'))}</style>");

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
    void noPayloadRunsInAnyViewOfTheSection() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Hostile text", List.of()));
        var intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, "Harmless first words.", "");
        sections.save(proposal.id(), intro, 2, PAYLOADS, "payloads");
        SignedIn.signOut();

        var page = signedIn("member");
        var dialogs = new CopyOnWriteArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        var base = baseUrl() + "/";
        try {
            for (var route : List.of(ProposalRoutes.proposal(proposal.id()), ProposalRoutes.edit(proposal.id(), intro),
                    ProposalRoutes.history(proposal.id(), intro), ProposalRoutes.blame(proposal.id(), intro, 3),
                    ProposalRoutes.revision(proposal.id(), intro, 3), ProposalRoutes.diff(proposal.id(), intro, 2, 3))) {
                page.navigate(base + route);
                Vaadin.waitUntilIdle(page);
                page.waitForTimeout(300);
                if (route.endsWith("/edit")) {
                    assertThat(page.locator("#preview")).containsText("bait");
                    page.locator("#preview >> text=bait").click();
                }
                assertThat(page.evaluate("() => window.pwned === undefined")).as(route).isEqualTo(true);
            }
            page.locator("#diff-form").getByText("Rendered").click();
            Vaadin.waitUntilIdle(page);
            page.waitForTimeout(300);
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        } finally {
            page.context().close();
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    void noPayloadRunsInAnyViewOfTheDescriptorSet() {
        SignedIn.as(people, signIn.issuer(), "member");
        var proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Hostile descriptors", List.of()));
        var visit = Descriptor.of("9X0X1", DescriptorAction.NEW,
                "Visit <script>alert('script')</script> <img src=x onerror=\"alert('img')\">")
                .withNotes(List.of("<a href=\"#\" onclick=\"alert('click')\" id=\"bait\">bait</a>"));
        var family = new CodeFamily(CodeFamilyId.random(), "<iframe src=\"javascript:alert('iframe')\"></iframe>",
                List.of(visit));
        descriptorSets.save(proposal.id(), 1, new DescriptorSet(List.of(family), Set.of()), "payloads");
        var changed = visit.withText("Visit <svg onload=\"alert('svg')\"><circle r=1 /></svg> "
                + "<details open ontoggle=\"window.pwned=1\">x</details>")
                .withNotes(List.of("<style>body{background:url(javascript:alert('css'))}</style>"));
        descriptorSets.save(proposal.id(), 2, new DescriptorSet(List.of(family.withDescriptors(List.of(changed))),
                Set.of()), "more payloads");
        SignedIn.signOut();

        var page = signedIn("member");
        var dialogs = new CopyOnWriteArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        var base = baseUrl() + "/";
        try {
            for (var route : List.of(ProposalRoutes.proposal(proposal.id()), ProposalRoutes.descriptors(proposal.id()),
                    ProposalRoutes.descriptorHistory(proposal.id()), ProposalRoutes.descriptorRevision(proposal.id(), 2),
                    ProposalRoutes.descriptorDiff(proposal.id(), 2, 3))) {
                page.navigate(base + route);
                Vaadin.waitUntilIdle(page);
                page.waitForTimeout(300);
                assertThat(page.evaluate("() => window.pwned === undefined")).as(route).isEqualTo(true);
            }
            assertThat(page.locator(".descriptor-change")).containsText("<script>");
            assertThat(page.locator(".descriptor-change")).containsText("ontoggle=");
        } finally {
            page.context().close();
        }
        assertThat(dialogs).isEmpty();
    }
}
