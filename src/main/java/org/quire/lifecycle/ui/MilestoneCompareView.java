package org.quire.lifecycle.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.MilestoneComparison;
import org.quire.lifecycle.MilestoneComparison.Status;
import org.quire.lifecycle.MilestoneId;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.ProposalService;
import org.quire.proposal.RenderedChanges;
import org.quire.proposal.SectionService;

/**
 * Two milestones side by side in time, or one and the proposal today: each section with what
 * happened to it (chips, then the changed words marked in the rendered text), then the descriptors.
 */
@Route("proposals/:id/milestones/:from/compare/:to")
@PageTitle("Compare milestones · Quire")
@PermitAll
class MilestoneCompareView extends VerticalLayout implements BeforeEnterObserver {

    private final Milestones milestones;
    private final ProposalService proposals;
    private final SectionService sections;
    private final RenderedChanges changes;
    private final PersonDirectory people;

    MilestoneCompareView(Milestones milestones, ProposalService proposals, SectionService sections,
            RenderedChanges changes, PersonDirectory people) {
        this.milestones = milestones;
        this.proposals = proposals;
        this.sections = sections;
        this.changes = changes;
        this.people = people;
        addClassNames("milestone-page", "milestone-compare", "proposal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        var from = new MilestoneId(parameters.get("from").orElse(""));
        var to = parameters.get("to").filter(value -> !value.equals(MilestoneRoutes.TODAY)).map(MilestoneId::new)
                .orElse(null);
        var comparison = milestones.compare(from, to);
        var proposal = proposals.get(comparison.proposal());
        removeAll();
        add(new Anchor(MilestoneRoutes.lifecycle(proposal.id()), "← Lifecycle of " + proposal.number()));
        var newer = comparison.to();
        var heading = new H1("“" + comparison.from().name() + "” compared with "
                + (newer == null ? "today" : "“" + newer.name() + "”"));
        heading.setId("comparison-title");
        add(heading);
        add(new Paragraph(proposal.number() + " " + proposal.title() + ": from " + moment(comparison.from())
                + " to " + (newer == null ? "the text as it reads now" : moment(newer)) + "."));
        var summary = new Paragraph(summary(comparison));
        summary.setId("comparison-summary");
        if (comparison.unchanged()) {
            summary.addClassName("empty-state");
        }
        add(summary);
        var sectionPart = new Section(new H2("Sections"));
        sectionPart.setId("section-changes");
        sectionPart.setWidthFull();
        comparison.sections().forEach(change -> sectionPart.add(new SectionChangeCard(change, proposal.id(),
                sections, changes)));
        add(sectionPart, new DescriptorChangesPart(comparison));
    }

    private String moment(Milestone milestone) {
        return "“" + milestone.name() + "” (" + MilestoneWords.when(milestone.at()) + ", by "
                + MilestoneWords.who(people, milestone.by()) + ")";
    }

    /** "1 section added, 1 removed, 2 moved, 1 renamed, 1 with its text changed." or no differences. */
    static String summary(MilestoneComparison comparison) {
        if (comparison.unchanged()) {
            return "No differences: the same sections in the same order, with the same texts and code descriptors.";
        }
        var counts = new EnumMap<Status, Integer>(Status.class);
        comparison.sections().forEach(change -> change.statuses().forEach(status -> counts.merge(status, 1,
                Integer::sum)));
        var parts = new ArrayList<String>();
        for (var status : Status.values()) {
            if (status != Status.UNCHANGED && counts.containsKey(status)) {
                parts.add(counts.get(status) + " " + SectionChangeCard.label(status).toLowerCase(Locale.ROOT));
            }
        }
        var sectionsSaid = parts.isEmpty() ? "No section changed" : "Sections: " + String.join(", ", parts);
        return sectionsSaid + (comparison.descriptors().isEmpty() ? "; the code descriptors are the same."
                : "; the code descriptors changed.");
    }
}
