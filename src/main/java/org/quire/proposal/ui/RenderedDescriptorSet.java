package org.quire.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.descriptor.DescriptorSet;
import org.quire.markdown.ui.RenderedLater;
import org.quire.proposal.ProposalId;
import org.quire.revision.Revision;

/**
 * A descriptor set in CPT style, rendered off the request thread ({@link DescriptorHtmlCache}) the
 * way {@link MarkdownView} renders a section: shown at once when ready within a short wait, else
 * after a progress bar, through Push. An empty set reads as such, with the way to the editor for
 * those who may edit.
 */
class RenderedDescriptorSet extends Div {

    RenderedDescriptorSet(Revision revision, DescriptorSet set) {
        addClassName("rendered-descriptors");
        if (set.families().isEmpty()) {
            var empty = new Paragraph("No code descriptors yet.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new RenderedLater(DescriptorHtmlCache.render(revision, set), "the code descriptors"));
    }

    /** "No code descriptors yet", and for editors the way to add some. */
    static Component emptyState(ProposalId proposal, boolean mayEdit) {
        var empty = new Div(new Paragraph("No code descriptors yet."));
        empty.addClassName("empty-state");
        empty.setId("no-descriptors");
        if (mayEdit) {
            empty.add(new Anchor(ProposalRoutes.editDescriptors(proposal), "Add code descriptors"));
        }
        return empty;
    }
}
