package org.quire.proposal.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.markdown.MarkdownRenderer;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Presence;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalPermissions;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalUpdates;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.proposal.SectionText;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;

/**
 * A proposal as a clean document: table of contents, then each section rendered, then the code
 * descriptors in CPT style. It follows the
 * proposal while open: when anyone saves, it reloads (off the request thread) and shows the change,
 * and avatars show who else is reading or editing which section.
 */
@Route("proposals/:id")
@PermitAll
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final SectionService sections;
    private final DescriptorSetService descriptorSets;
    private final WorkgroupService workgroups;
    private final MarkdownRenderer markdown;
    private final LiveProposal live;
    private final List<ReaderAnnotations> annotations;
    private final CommentPeriodBanner periodBanner;
    private final Map<SectionId, Span> editorsOf = new HashMap<>();
    private List<Presence> present = List.of();
    private @Nullable PresenceAvatars avatars;
    private String title = "Proposal · Quire";

    ProposalView(ProposalService proposals, SectionService sections, DescriptorSetService descriptorSets,
            WorkgroupService workgroups, MarkdownRenderer markdown, ProposalPresence presence,
            ProposalUpdates updates, List<ReaderAnnotations> annotations, CommentPeriods periods) {
        this.proposals = proposals;
        this.sections = sections;
        this.descriptorSets = descriptorSets;
        this.workgroups = workgroups;
        this.markdown = markdown;
        this.live = new LiveProposal(presence, updates);
        this.annotations = List.copyOf(annotations);
        this.periodBanner = new CommentPeriodBanner(periods);
        addClassName("proposal");
    }

    /** Everything the page shows, read in one go so it can be read off the request thread. */
    record Page(Proposal proposal, ProposalPermissions permissions, Workgroup workgroup, List<SectionText> texts,
            CurrentDescriptorSet descriptors) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        show(load(id));
        periodBanner.follow(event.getUI(), id);
        live.follow(event.getUI(), id, null, Presence.Activity.READING, this::showPresent, change -> refresh(id));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Page load(ProposalId id) {
        var proposal = proposals.get(id);
        var descriptors = descriptorSets.read(id);
        DescriptorHtmlCache.render(descriptors.head(), descriptors.set()); // under way while the rest loads
        return new Page(proposal, proposals.permissions(id), workgroups.workgroup(proposal.workgroup()),
                sections.readAll(id), descriptors);
    }

    private void refresh(ProposalId id) {
        getUI().ifPresent(ui -> InBackground.forCurrentTab(ui).run(() -> loadRendered(id), this::show,
                this::refreshFailed));
    }

    /** Off the request thread: the page swaps to the new state at once rather than through a progress bar. */
    private Page loadRendered(ProposalId id) {
        var page = load(id);
        DescriptorHtmlCache.await(page.descriptors().head(), page.descriptors().set());
        return page;
    }

    /**
     * A reader whose role was withdrawn while the page was open (suspended, removed) loses the
     * page at the next change, like on any other request; other failures leave the page as it was.
     */
    private void refreshFailed(RuntimeException problem) {
        if (problem instanceof AccessRefused || problem instanceof NoSuchElementException) {
            live.stop();
            removeAll();
            add(new H1("Not available to you"));
            add(new Paragraph(problem.getMessage()));
            add(new Anchor("", "Back to your workgroups"));
            return;
        }
        Notification.show("A change to this proposal could not be shown (" + problem.getMessage()
                + "). Reload the page to see it.", 8_000, Notification.Position.BOTTOM_START);
    }

    void show(Page page) {
        var proposal = page.proposal();
        title = proposal.number() + " " + proposal.title() + " · Quire";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        removeAll();
        editorsOf.clear();
        add(new Anchor(ProposalRoutes.proposals(page.workgroup().slug()), "← Proposals of " + page.workgroup().name()));
        var heading = new H1(proposal.number() + " " + proposal.title());
        heading.setId("proposal-title");
        var state = new Span(proposal.state().label());
        state.addClassName("state-badge");
        var shownAvatars = new PresenceAvatars(proposal);
        avatars = shownAvatars;
        var annotated = new Div();
        annotated.addClassName("proposal-header-annotations");
        var header = new Div(heading, state, annotated, shownAvatars, periodBanner);
        header.addClassName("proposal-header");
        add(header);
        if (!proposal.chargeItems().isEmpty()) {
            var items = proposal.chargeItems().stream().map(String::valueOf).toList();
            add(new Paragraph("Answers charge item" + (items.size() == 1 ? " " : "s ") + String.join(", ", items)
                    + " of the workgroup's charge."));
        }
        add(ReaderParts.tableOfContents(proposal));
        var document = new Div();
        document.addClassName("reader-document");
        var shownSections = new ArrayList<ReaderSection>();
        for (var text : page.texts()) {
            var rendered = new MarkdownView(markdown, text.text());
            var editors = new Span();
            editorsOf.put(text.section().id(), editors);
            document.add(ReaderParts.sectionBlock(text, rendered, page.permissions(), editors));
            shownSections.add(new ReaderSection(text.section(), text.head().number(), text.text(), rendered));
        }
        var descriptors = new DescriptorPart(page.descriptors(), page.permissions());
        document.add(descriptors);
        var margin = new Aside();
        margin.addClassName("reader-margin");
        var reader = new Div(document, margin);
        reader.addClassName("reader");
        add(reader);
        var readerPage = new ReaderPage(proposal, page.permissions(), shownSections, descriptors, margin, annotated);
        annotations.forEach(annotation -> annotation.annotate(readerPage));
        margin.setVisible(margin.getComponentCount() > 0);
        if (page.permissions().edit()) {
            add(new SectionManagement(proposal, proposals, () -> show(load(proposal.id()))));
        }
        showPresent(present);
    }

    private void showPresent(List<Presence> others) {
        present = others;
        if (avatars != null) {
            avatars.show(others);
        }
        editorsOf.forEach((section, label) -> {
            var editing = others.stream().filter(p -> p.editing(section)).map(Presence::name).distinct()
                    .collect(Collectors.joining(", "));
            label.setText(editing.isEmpty() ? "" : "✎ " + editing + " editing now");
            label.setVisible(!editing.isEmpty());
        });
    }
}
