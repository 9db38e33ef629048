package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.markdown.MarkdownRenderer;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalPermissions;
import org.quire.proposal.ProposalService;
import org.quire.proposal.Section;
import org.quire.proposal.SectionService;
import org.quire.proposal.SectionText;
import org.quire.workgroup.WorkgroupService;

/** A proposal as a clean document: table of contents, then each section rendered. */
@Route("proposals/:id")
@PermitAll
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final SectionService sections;
    private final WorkgroupService workgroups;
    private final MarkdownRenderer markdown;
    private String title = "Proposal · Quire";

    ProposalView(ProposalService proposals, SectionService sections, WorkgroupService workgroups,
            MarkdownRenderer markdown) {
        this.proposals = proposals;
        this.sections = sections;
        this.workgroups = workgroups;
        this.markdown = markdown;
        addClassName("proposal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(new ProposalId(event.getRouteParameters().get("id").orElse("")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void show(ProposalId id) {
        var proposal = proposals.get(id);
        var permissions = proposals.permissions(id);
        var workgroup = workgroups.workgroup(proposal.workgroup());
        title = proposal.number() + " " + proposal.title() + " · Quire";
        removeAll();
        add(new Anchor(ProposalRoutes.proposals(workgroup.slug()), "← Proposals of " + workgroup.name()));
        var heading = new H1(proposal.number() + " " + proposal.title());
        heading.setId("proposal-title");
        var state = new Span(proposal.state().label());
        state.addClassName("state-badge");
        add(heading, state);
        if (!proposal.chargeItems().isEmpty()) {
            var items = proposal.chargeItems().stream().map(String::valueOf).toList();
            add(new Paragraph("Answers charge item" + (items.size() == 1 ? " " : "s ") + String.join(", ", items)
                    + " of the workgroup's charge."));
        }
        add(tableOfContents(proposal));
        for (var text : sections.readAll(id)) {
            add(sectionBlock(text, permissions));
        }
        if (permissions.edit()) {
            add(new SectionManagement(proposal, proposals, () -> show(id)));
        }
    }

    private static Nav tableOfContents(Proposal proposal) {
        var list = new OrderedList();
        for (var section : proposal.currentSections()) {
            list.add(new ListItem(new Anchor("#" + anchor(section), section.title())));
        }
        var nav = new Nav(new H2("Contents"), list);
        nav.addClassName("table-of-contents");
        nav.setId("contents");
        nav.getElement().setAttribute("aria-label", "Table of contents");
        return nav;
    }

    private Div sectionBlock(SectionText text, ProposalPermissions permissions) {
        var proposal = text.proposal();
        var section = text.section();
        var heading = new H2(section.title());
        heading.setId(anchor(section));
        var actions = new Div();
        actions.addClassName("section-actions");
        if (permissions.edit()) {
            actions.add(new Anchor(ProposalRoutes.edit(proposal.id(), section.id()), "Edit"));
        }
        actions.add(new Anchor(ProposalRoutes.history(proposal.id(), section.id()),
                "History (" + text.head().number() + ")"));
        var block = new Div(heading, actions, new MarkdownView(markdown, text.text()));
        block.addClassName("proposal-section");
        return block;
    }

    static String anchor(Section section) {
        return "section-" + section.id().value();
    }
}
