package org.quire.proposal.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.DescriptorReview;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.Presence;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalPermissions;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalUpdates;

/**
 * A proposal's descriptor set on a page of its own: rendered, what validation finds in it, and
 * whether it is ready for review (marked, or marked and changed since). Follows saves while open.
 */
@Route("proposals/:id/descriptors")
@PermitAll
class DescriptorsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DescriptorSetService descriptorSets;
    private final DescriptorReview review;
    private final ProposalService proposals;
    private final PersonDirectory people;
    private final LiveProposal live;
    private String title = "Code descriptors · Quire";
    /** Loads are numbered as they start, so a slow one never replaces what a later one showed. */
    private long loadsStarted;
    private long newestShown;

    DescriptorsView(DescriptorSetService descriptorSets, DescriptorReview review, ProposalService proposals,
            PersonDirectory people, ProposalPresence presence, ProposalUpdates updates) {
        this.descriptorSets = descriptorSets;
        this.review = review;
        this.proposals = proposals;
        this.people = people;
        this.live = new LiveProposal(presence, updates);
        addClassName("descriptor-page");
    }

    record Page(CurrentDescriptorSet current, ProposalPermissions permissions) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        showLoaded(load(id), ++loadsStarted);
        live.follow(event.getUI(), id, null, Presence.Activity.READING, others -> { }, change -> {
            if (change.change().startsWith("descriptors.")) {
                refresh(id);
            }
        });
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
        var current = descriptorSets.read(id);
        DescriptorHtmlCache.render(current.head(), current.set());
        return new Page(current, proposals.permissions(id));
    }

    private void refresh(ProposalId id) {
        long number = ++loadsStarted;
        getUI().ifPresent(ui -> InBackground.forCurrentTab(ui).run(() -> {
            var page = load(id);
            DescriptorHtmlCache.await(page.current().head(), page.current().set());
            return page;
        }, page -> showLoaded(page, number), problem -> Notification.show("A change to the descriptors could not be shown ("
                + problem.getMessage() + "). Reload the page to see it.", 8_000, Notification.Position.BOTTOM_START)));
    }

    private void showLoaded(Page page, long number) {
        if (number > newestShown) {
            newestShown = number;
            show(page);
        }
    }

    private void show(Page page) {
        var current = page.current();
        var proposal = current.proposal();
        var mayEdit = page.permissions().edit();
        title = "Code descriptors of " + proposal.number() + " · Quire";
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        removeAll();
        add(new Anchor(ProposalRoutes.proposal(proposal.id()), "← " + proposal.number() + " " + proposal.title()));
        var heading = new H1("Code descriptors");
        heading.setId("descriptors-title");
        add(heading, new Paragraph(proposal.number() + " " + proposal.title() + " · revision "
                + current.head().number()));
        var links = new Div();
        links.addClassName("section-actions");
        if (mayEdit) {
            var edit = new Anchor(ProposalRoutes.editDescriptors(proposal.id()), "Edit descriptors");
            edit.setId("edit-descriptors");
            links.add(edit);
        }
        var history = new Anchor(ProposalRoutes.descriptorHistory(proposal.id()), "History");
        history.setId("descriptor-history");
        links.add(history);
        add(links);
        add(new ReviewPanel(current, mayEdit, review, people, () -> showLoaded(load(proposal.id()), ++loadsStarted)));
        add(new ValidationSummary(proposal.id(), current.report(), mayEdit));
        var descriptors = new Div(new H2("Descriptors"));
        descriptors.setId("descriptors");
        descriptors.setWidthFull();
        descriptors.add(current.set().families().isEmpty() ? RenderedDescriptorSet.emptyState(proposal.id(), mayEdit)
                : new RenderedDescriptorSet(current.head(), current.set()));
        add(descriptors);
    }
}
