package org.quire.proposal.ui;

import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.descriptor.DescriptorChange;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorSetDiff;
import org.quire.descriptor.FamilyChange;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;

/**
 * What changed in a descriptor set between two revisions, descriptor by descriptor (never as the
 * stored JSON): families, descriptors added, removed, changed and moved, and the external codes.
 */
@Route("proposals/:id/descriptors/diff/:from/:to")
@PageTitle("Compare descriptor revisions · Quire")
@PermitAll
class DescriptorDiffView extends VerticalLayout implements BeforeEnterObserver {

    private final DescriptorSetService descriptorSets;
    private final ProposalService proposals;

    DescriptorDiffView(DescriptorSetService descriptorSets, ProposalService proposals) {
        this.descriptorSets = descriptorSets;
        this.proposals = proposals;
        addClassNames("descriptor-page", "descriptor-diff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        int from = SectionAddress.revisionParameter(event, "from");
        int to = SectionAddress.revisionParameter(event, "to");
        var proposal = proposals.get(id);
        var diff = descriptorSets.diff(id, from, to);
        var before = descriptorSets.setAt(id, from);
        var after = descriptorSets.setAt(id, to);
        removeAll();
        add(new Anchor(ProposalRoutes.descriptorHistory(id), "← History of the code descriptors"));
        add(new H1("Code descriptors: revision " + from + " → " + to));
        add(new Paragraph(proposal.number() + " " + proposal.title()));
        var changes = new Div();
        changes.setId("changes");
        changes.setWidthFull();
        add(changes);
        if (diff.isEmpty()) {
            var none = new Paragraph("No differences: revisions " + from + " and " + to
                    + " have the same code descriptors.");
            none.addClassName("empty-state");
            none.setId("no-differences");
            changes.add(none);
            return;
        }
        changes.add(new Paragraph(summary(diff)));
        families(changes, diff, after);
        if (!diff.descriptors().isEmpty()) {
            changes.add(new H2("Descriptors"));
            diff.descriptors().forEach(change -> changes.add(new DescriptorChangeCard(change, before, after)));
        }
        externalCodes(changes, diff);
    }

    private static String summary(DescriptorSetDiff diff) {
        return ValidationSummary.count(count(diff, DescriptorChange.Kind.ADDED), "descriptor") + " added, "
                + count(diff, DescriptorChange.Kind.REMOVED) + " removed, "
                + count(diff, DescriptorChange.Kind.CHANGED) + " changed or moved.";
    }

    private static int count(DescriptorSetDiff diff, DescriptorChange.Kind kind) {
        return (int) diff.descriptors().stream().filter(change -> change.kind() == kind).count();
    }

    private static void families(Div changes, DescriptorSetDiff diff, DescriptorSet after) {
        if (diff.families().isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("family-changes");
        for (var family : diff.families()) {
            list.add(new ListItem(describe(family, after)));
        }
        changes.add(new H2("Code families"), list);
    }

    static String describe(FamilyChange family, DescriptorSet after) {
        return switch (family.kind()) {
            case ADDED -> "Added: “" + family.nameAfter() + "”";
            case REMOVED -> "Removed: “" + family.nameBefore() + "”";
            case CHANGED -> {
                var renamed = family.nameBefore() != null && !family.nameBefore().equals(family.nameAfter());
                var text = renamed ? "Renamed: “" + family.nameBefore() + "” → “" + family.nameAfter() + "”"
                        : "“" + family.nameAfter() + "”";
                yield text + (family.moved() ? (renamed ? ", moved to " : " moved to ") + place(family, after) : "");
            }
        };
    }

    private static String place(FamilyChange family, DescriptorSet after) {
        int index = after.families().stream().map(f -> f.id()).toList().indexOf(family.id());
        return "position " + (index + 1) + " of " + after.families().size();
    }

    private static void externalCodes(Div changes, DescriptorSetDiff diff) {
        if (diff.externalCodesAdded().isEmpty() && diff.externalCodesRemoved().isEmpty()) {
            return;
        }
        var external = new Div(new H2("External codes"));
        external.setId("external-code-changes");
        if (!diff.externalCodesAdded().isEmpty()) {
            external.add(new Paragraph("Now marked external: " + sorted(diff.externalCodesAdded()) + "."));
        }
        if (!diff.externalCodesRemoved().isEmpty()) {
            external.add(new Paragraph("No longer marked external: " + sorted(diff.externalCodesRemoved()) + "."));
        }
        changes.add(external);
    }

    private static String sorted(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }
}
