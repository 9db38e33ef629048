package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.ProposalId;

/** One revision of a descriptor set, rendered, with who saved it and why. */
@Route("proposals/:id/descriptors/revisions/:number")
@PageTitle("Descriptor revision · Quire")
@PermitAll
class DescriptorRevisionView extends VerticalLayout implements BeforeEnterObserver {

    private final DescriptorSetService descriptorSets;
    private final PersonDirectory people;

    DescriptorRevisionView(DescriptorSetService descriptorSets, PersonDirectory people) {
        this.descriptorSets = descriptorSets;
        this.people = people;
        addClassName("descriptor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var proposal = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        int number = SectionAddress.revisionParameter(event, "number");
        var revision = descriptorSets.revision(proposal, number);
        var set = descriptorSets.setAt(proposal, number);
        removeAll();
        add(new Anchor(ProposalRoutes.descriptorHistory(proposal), "← History of the code descriptors"));
        add(new H1("Code descriptors at revision " + number));
        add(new Paragraph("Saved by " + AuthorNames.name(people, revision) + " on "
                + ProposalListView.WHEN.format(revision.at())
                + (revision.summary().isBlank() ? "." : ": " + revision.summary())));
        if (number > 1) {
            add(new Anchor(ProposalRoutes.descriptorDiff(proposal, number - 1, number), "Compare with revision "
                    + (number - 1)));
        }
        var rendered = new Div(new RenderedDescriptorSet(revision, set));
        rendered.setId("descriptors");
        rendered.setWidthFull();
        add(rendered);
    }
}
