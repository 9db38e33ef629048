package org.quire.lifecycle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.TestStore;
import org.quire.descriptor.DemoDescriptors;
import org.quire.descriptor.DescriptorEdits;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The milestone pages and the lifecycle page's milestone panel without a browser: a proposal frozen,
 * then its rationale rewritten, its references moved to the top, its vignette removed and a
 * descriptor changed, and frozen again.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestStore.class)
@ViewPackages(classes = MilestoneView.class)
class MilestoneViewsTest extends SpringBrowserlessTest {

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

    Proposal proposal;
    SectionId rationale;
    SectionId vignette;
    SectionId references;

    @BeforeEach
    void aProposal() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Home monitoring codes", List.of(1)));
        var ids = proposal.currentSections().stream().map(s -> s.id()).toList();
        rationale = ids.get(1);
        vignette = ids.get(2);
        references = ids.get(4);
        write(rationale, "The **old** rationale cites two studies.");
        write(vignette, "A patient at home sends readings.");
        descriptorSets.save(proposal.id(), 1, DemoDescriptors.telemedicine(), "Visit codes");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theComparisonShowsEachSectionsStatusAndTheChangedWordsInTheRenderedText() {
        var first = milestones.capture(proposal.id(), "First draft");
        write(rationale, "The **new** rationale cites two studies.");
        proposals.moveSection(proposal.id(), references, -4);
        proposals.removeSection(proposal.id(), vignette);
        var set = DemoDescriptors.telemedicine();
        descriptorSets.save(proposal.id(), 2, DescriptorEdits.remove(set, set.descriptors().getLast().id()), "Fewer");
        var second = milestones.capture(proposal.id(), "Second draft");

        var view = navigate(MilestoneRoutes.compare(proposal.id(), first.id(), second.id()),
                MilestoneCompareView.class);
        var changed = card(rationale);
        runUntil(() -> changed.getElement().toString().contains("change-inserted"));

        assertThat(status(references)).isEqualTo("moved");
        assertThat(status(vignette)).isEqualTo("removed");
        assertThat(status(rationale)).isEqualTo("changed");
        assertThat(card(references).getElement().getTextRecursively()).contains("Moved", "from position 5 to position 1");
        assertThat(changed.getElement().toString()).containsPattern("<del[^>]*>old</del>")
                .containsPattern("<ins[^>]*>new</ins>").contains("<strong>");
        assertThat($(Paragraph.class).withId("comparison-summary").single().getText())
                .isEqualTo("Sections: 1 removed, 1 moved, 1 text changed; the code descriptors changed.");
        var descriptors = $(com.vaadin.flow.component.html.Section.class).withId("descriptor-changes").single();
        assertThat(descriptors.getElement().getTextRecursively()).contains("Revision 2 → 3",
                set.descriptors().getLast().code() + ": removed.");
        assertThat(view.getElement().toString()).contains("href=\"" + MilestoneRoutes.descriptorDiff(proposal.id(), 2,
                3) + "\"");
    }

    @Test
    void comparedWithTodayWithoutChangesThePageSaysThereAreNoDifferences() {
        var first = milestones.capture(proposal.id(), "First draft");

        navigate(MilestoneRoutes.compare(proposal.id(), first.id(), null), MilestoneCompareView.class);

        assertThat($(Paragraph.class).withId("comparison-summary").single().getText()).startsWith("No differences");
        assertThat($(Paragraph.class).withId("no-descriptor-changes").single().getText())
                .contains("No changes to the code descriptors");
        assertThat(status(rationale)).isEqualTo("unchanged");
    }

    @Test
    void aMilestonePageShowsTheSectionsInTheirOrderThenWithTheirTextsThen() {
        var first = milestones.capture(proposal.id(), "First draft");
        proposals.removeSection(proposal.id(), vignette);
        write(rationale, "Rewritten.");

        var view = navigate(MilestoneRoutes.milestone(proposal.id(), first.id()), MilestoneView.class);
        runUntil(() -> view.getElement().toString().contains("<strong>old</strong>")
                && view.getElement().toString().contains("cpt-set"));

        var text = view.getElement().getTextRecursively();
        assertThat(text).contains("Milestone: First draft", "2. Rationale", "3. Clinical vignette");
        assertThat(view.getElement().toString()).contains("A patient at home sends readings.")
                .doesNotContain("Rewritten");
        assertThat(text.indexOf("3. Clinical vignette")).isLessThan(text.indexOf("5. References"));
    }

    @Test
    void thePanelListsMilestonesAndLetsAMemberMakeOneWithAClearMessageWhenTheNameIsTaken() {
        var reloads = new AtomicInteger();
        var panel = new MilestonesPanel(milestones, proposal.id(), reloads::incrementAndGet);
        UI.getCurrent().add(panel);
        assertThat($(Paragraph.class).withId("no-milestones").single().getText()).startsWith("No milestones yet");

        test($(TextField.class).withId("milestone-name").single()).setValue("Before the vignette rewrite");
        test($(Button.class).withId("make-milestone").single()).click();

        var made = milestones.list(proposal.id());
        assertThat(made).extracting(Milestone::name).containsExactly("Before the vignette rewrite");
        assertThat(reloads).hasValue(1);
        assertThat($(Paragraph.class).withId("no-milestones").exists()).isFalse();
        var list = $(com.vaadin.flow.component.html.OrderedList.class).withId("milestone-list").single();
        assertThat(list.getElement().getTextRecursively()).contains("Before the vignette rewrite",
                "Made by " + people.find(new PersonKey(signIn.issuer(), "member")).orElseThrow().name(),
                "Compare with today");
        assertThat(list.getElement().toString()).contains("href=\"" + MilestoneRoutes.milestone(proposal.id(),
                made.getFirst().id()) + "\"");

        var name = $(TextField.class).withId("milestone-name").single();
        test(name).setValue("before the Vignette rewrite");
        test($(Button.class).withId("make-milestone").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already has a milestone named");
        assertThat(milestones.list(proposal.id())).hasSize(1);
        assertThat(reloads).hasValue(1);
    }

    @Test
    void anObserverSeesTheListButNoFormAndTheSecondMilestoneComparesWithTheFirst() {
        var first = milestones.capture(proposal.id(), "First draft");
        var second = milestones.capture(proposal.id(), "Second draft");
        SignedIn.as(people, signIn.issuer(), "observer");

        UI.getCurrent().add(new MilestonesPanel(milestones, proposal.id(), () -> { }));

        assertThat($(Div.class).withId("milestone-form").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("compare-previous-" + second.id().value())
                .single().getHref()).isEqualTo(MilestoneRoutes.compare(proposal.id(), first.id(), second.id()));

        navigate(MilestoneRoutes.milestone(proposal.id(), second.id()), MilestoneView.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("compare-previous").single().getHref())
                .isEqualTo(MilestoneRoutes.compare(proposal.id(), first.id(), second.id()));
    }

    private Div card(SectionId section) {
        return $(Div.class).withId("section-change-" + section.value()).single();
    }

    private String status(SectionId section) {
        return card(section).getElement().getAttribute("data-status");
    }

    private void write(SectionId section, String text) {
        var head = sections.read(proposal.id(), section).head().number();
        sections.save(proposal.id(), section, head, text, "");
    }

    /** Runs what rendering threads handed to the page until {@code condition} holds, ten seconds at most. */
    private void runUntil(BooleanSupplier condition) {
        for (int attempt = 0; attempt < 500; attempt++) {
            var session = UI.getCurrent().getSession();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("the page never got there; it shows: "
                + UI.getCurrent().getElement().getTextRecursively());
    }
}
