package org.quire.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalPermissions;
import org.quire.proposal.Section;
import org.quire.proposal.SectionText;

/** The reader view's parts: its table of contents and each section's block. */
final class ReaderParts {

    private ReaderParts() {
    }

    /**
     * Links carry the page's own address: Flow's {@code <base>} would resolve a bare "#fragment" to
     * the application's root and navigate away (vaadin/flow#1215).
     */
    static Nav tableOfContents(Proposal proposal) {
        var here = ProposalRoutes.proposal(proposal.id()) + "#";
        var list = new OrderedList();
        for (var section : proposal.currentSections()) {
            list.add(new ListItem(new Anchor(here + anchor(section), section.title())));
        }
        list.add(new ListItem(new Anchor(here + DescriptorPart.ANCHOR, DescriptorPart.TITLE)));
        var nav = new Nav(new H2("Contents"), list);
        nav.addClassName("table-of-contents");
        nav.setId("contents");
        nav.getElement().setAttribute("aria-label", "Table of contents");
        return nav;
    }

    /** A section's heading, its links, {@code editors} (who is editing it now) and its rendered text. */
    static Div sectionBlock(SectionText text, Component rendered, ProposalPermissions permissions, Span editors) {
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
        editors.addClassName("section-editors");
        editors.setVisible(false);
        actions.add(editors);
        var block = new Div(heading, actions, rendered);
        block.addClassName("proposal-section");
        block.getElement().setAttribute("data-revision", String.valueOf(text.head().number()));
        return block;
    }

    static String anchor(Section section) {
        return "section-" + section.id().value();
    }
}
