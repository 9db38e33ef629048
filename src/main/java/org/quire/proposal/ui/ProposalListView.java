package org.quire.proposal.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.proposal.ProposalListing;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;

/** A workgroup's proposals, most recently changed first. */
@Route("workgroups/:slug/proposals")
@PageTitle("Proposals · Quire")
@PermitAll
class ProposalListView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ProposalService proposals;
    private final WorkgroupService workgroups;

    ProposalListView(ProposalService proposals, WorkgroupService workgroups) {
        this.proposals = proposals;
        this.workgroups = workgroups;
        addClassName("proposal-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        removeAll();
        var title = new H1("Proposals");
        var header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.BASELINE);
        if (proposals.mayCreate(workgroup.id())) {
            var create = new Button("New proposal", VaadinIcon.PLUS.create(),
                    click -> new NewProposalDialog(workgroup, proposals).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-proposal");
            header.add(create);
        }
        add(new Anchor("workgroups/" + workgroup.slug(), "← " + workgroup.name()), header);
        var listing = proposals.list(workgroup.id());
        if (listing.isEmpty()) {
            var empty = new Paragraph("No proposals yet. A member starts one with “New proposal”; it opens with the "
                    + "usual sections of a code change application.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(grid(workgroup, listing));
    }

    private static Grid<ProposalListing> grid(Workgroup workgroup, java.util.List<ProposalListing> listing) {
        var grid = new Grid<ProposalListing>();
        grid.setId("proposals");
        grid.setAriaLabel("Proposals of " + workgroup.name());
        grid.addComponentColumn(p -> new Anchor(ProposalRoutes.proposal(p.id()), p.number())).setHeader("Number")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProposalListing::title).setHeader("Title").setFlexGrow(1);
        grid.addColumn(p -> p.state().label()).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> WHEN.format(p.lastChangedAt())).setHeader("Last change").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ProposalListing::lastChangedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(listing);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
