package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.ProposalPermissions;

/** The reader's "Code descriptors" part: the set in CPT style after the sections, with its pages. */
class DescriptorPart extends Div {

    static final String ANCHOR = "code-descriptors";
    static final String TITLE = "Code descriptors";

    DescriptorPart(CurrentDescriptorSet current, ProposalPermissions permissions) {
        var id = current.proposal().id();
        addClassNames("proposal-section", "descriptor-part");
        getElement().setAttribute("data-revision", String.valueOf(current.head().number()));
        var heading = new H2(TITLE);
        heading.setId(ANCHOR);
        var actions = new Div();
        actions.addClassName("section-actions");
        var open = new Anchor(ProposalRoutes.descriptors(id), "Open descriptors");
        open.setId("open-descriptors");
        actions.add(open);
        if (permissions.edit()) {
            var edit = new Anchor(ProposalRoutes.editDescriptors(id), "Edit descriptors");
            edit.setId("edit-descriptors");
            actions.add(edit);
        }
        actions.add(new Anchor(ProposalRoutes.descriptorHistory(id), "History (" + current.head().number() + ")"));
        if (current.readyForReview()) {
            var ready = new Span("Ready for review");
            ready.addClassName("state-badge");
            actions.add(ready);
        }
        add(heading, actions);
        if (current.set().families().isEmpty()) {
            add(RenderedDescriptorSet.emptyState(id, permissions.edit()));
        } else {
            add(new RenderedDescriptorSet(current.head(), current.set()));
        }
    }
}
