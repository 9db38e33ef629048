package org.quire.lifecycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorRendering;
import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.MilestoneContent;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.ui.RenderedLater;
import org.quire.proposal.ProposalService;

/** The proposal as a milestone froze it: its sections in their order then, each text rendered, and the descriptors. */
@Route("proposals/:id/milestones/:milestone")
@PermitAll
class MilestoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Milestones milestones;
    private final ProposalService proposals;
    private final PersonDirectory people;
    private final MarkdownRenderer markdown;
    private String title = "Milestone · Quire";

    MilestoneView(Milestones milestones, ProposalService proposals, PersonDirectory people,
            MarkdownRenderer markdown) {
        this.milestones = milestones;
        this.proposals = proposals;
        this.people = people;
        this.markdown = markdown;
        addClassNames("milestone-page", "proposal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new MilestoneId(event.getRouteParameters().get("milestone").orElse(""));
        var content = milestones.content(id);
        var milestone = content.milestone();
        var proposal = proposals.get(milestone.proposal());
        title = milestone.name() + " · " + proposal.number() + " · Quire";
        removeAll();
        add(new Anchor(MilestoneRoutes.lifecycle(proposal.id()), "← Lifecycle of " + proposal.number()));
        var heading = new H1("Milestone: " + milestone.name());
        heading.setId("milestone-title");
        add(heading);
        add(new Paragraph(proposal.number() + " " + proposal.title() + ", as it read then."));
        var made = new Paragraph(MilestoneWords.made(people, milestone));
        made.setId("milestone-made");
        add(made);
        var today = new Anchor(MilestoneRoutes.compare(proposal.id(), id, null), "Compare with today");
        today.setId("compare-today");
        var links = new Div(today);
        links.addClassName("milestone-links");
        var all = milestones.list(proposal.id());
        int index = all.indexOf(milestone);
        if (index > 0) {
            var previous = all.get(index - 1);
            var withPrevious = new Anchor(MilestoneRoutes.compare(proposal.id(), previous.id(), id),
                    "Compare with “" + previous.name() + "”");
            withPrevious.setId("compare-previous");
            links.add(withPrevious);
        }
        add(links);
        add(new H2("Sections"));
        if (content.sections().isEmpty()) {
            add(empty("No sections were there when this milestone was made.", "no-sections"));
        }
        int position = 0;
        for (var frozen : content.sections()) {
            add(section(frozen, ++position));
        }
        add(descriptors(content));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component section(MilestoneContent.FrozenSection frozen, int position) {
        var section = frozen.section();
        var heading = new H3(position + ". " + section.title());
        if (!section.title().equals(section.kind().label())) {
            var kind = new Span(section.kind().label());
            kind.addClassNames("state-badge", "section-kind");
            heading.add(new Span(" "), kind);
        }
        var revision = new Paragraph("Revision " + section.revision());
        revision.addClassName("milestone-revision");
        var part = new Section(heading, revision);
        part.addClassNames("proposal-section", "milestone-section");
        part.setId("milestone-section-" + section.id().value());
        if (frozen.text().isBlank()) {
            part.add(empty("Nothing was written in this section then.", null));
        } else {
            var text = new RenderedLater(() -> markdown.render(frozen.text()).html(),
                    "the text of “" + section.title() + "”");
            text.addClassName("markdown");
            part.add(text);
        }
        return part;
    }

    private Component descriptors(MilestoneContent content) {
        var heading = new H2("Code descriptors");
        var part = new Section(heading, new Paragraph("Revision " + content.milestone().descriptorRevision()));
        part.setId("milestone-descriptors");
        part.setWidthFull();
        if (content.descriptors().families().isEmpty()) {
            part.add(empty("No code descriptors were there when this milestone was made.", "no-descriptors"));
        } else {
            var set = content.descriptors();
            var rendered = new RenderedLater(() -> DescriptorRendering.render(set), "the code descriptors");
            rendered.addClassName("rendered-descriptors");
            part.add(rendered);
        }
        return part;
    }

    private static Paragraph empty(String text, @Nullable String id) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("empty-state");
        if (id != null) {
            paragraph.setId(id);
        }
        return paragraph;
    }
}
