package org.quire.workgroup.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.RosterEntry;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupService;

/**
 * Staff's members page: every member with role and status; selecting one shows their disclosures,
 * history and the changes staff can make. The service refuses everyone but the workgroup's staff
 * (the access-refused page then says so), so the view needs no check of its own.
 */
@Route("workgroups/:slug/members")
@PermitAll
class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final WorkgroupMembers members;
    private final Paragraph outcome = new Paragraph();
    private final Grid<RosterEntry> roster = new Grid<>();
    private final Div details = new Div();
    private String title = "Members · Quire";
    private @Nullable Workgroup workgroup;

    MembersView(WorkgroupService workgroups, WorkgroupMembers members) {
        this.workgroups = workgroups;
        this.members = members;
        addClassName("members-page");
        outcome.setId("members-outcome");
        outcome.getElement().setAttribute("role", "status");
        details.setId("member-details");
        details.addClassName("member-details");
        roster.setId("roster");
        // Name and organization share the room left; role and status have fixed widths, so a status
        // that changes ("Active" to "Suspended") is never cut off or pushed out of sight.
        roster.addColumn(RosterEntry::name).setHeader("Name").setFlexGrow(1).setSortable(true);
        roster.addColumn(entry -> entry.organization() == null ? "" : entry.organization()).setHeader("Organization")
                .setFlexGrow(1).setTooltipGenerator(entry -> entry.organization() == null ? "" : entry.organization());
        roster.addColumn(entry -> entry.role().label()).setHeader("Role").setWidth("8rem").setFlexGrow(0);
        roster.addColumn(entry -> MemberLabels.status(entry.status())).setHeader("Status").setWidth("8rem")
                .setFlexGrow(0);
        roster.setPartNameGenerator(entry -> "member-" + entry.status().name().toLowerCase());
        roster.setAllRowsVisible(true);
        roster.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        roster.setEmptyStateText("This workgroup has no members yet. Approved participation requests add them.");
        roster.asSingleSelect().addValueChangeListener(selected -> {
            if (workgroup != null) {
                show(workgroup, selected.getValue());
            }
        });
    }

    static String path(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/members";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        this.workgroup = workgroup;
        title = "Members · " + workgroup.name() + " · Quire";
        var entries = members.roster(workgroup.id());
        removeAll();
        outcome.setText("");
        add(new H1("Members of " + workgroup.name()));
        add(new Anchor(WorkgroupHomeView.path(workgroup), "Back to " + workgroup.name()));
        var hint = new Paragraph("Select a member to see their disclosures and history, and to change their role, "
                + "suspend, reinstate or remove them. Every change needs a reason.");
        hint.addClassName("quiet-note");
        add(hint, outcome);
        roster.setAriaLabel("Members of " + workgroup.name());
        roster.setItems(entries);
        roster.asSingleSelect().clear();
        var split = new Div(roster, details);
        split.addClassName("members-split");
        add(split);
        show(workgroup, null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workgroup workgroup, @Nullable RosterEntry selected) {
        details.removeAll();
        if (selected == null) {
            var none = new Paragraph("No member selected. Choose one in the list to see their details.");
            none.setId("no-member-selected");
            details.add(none);
            return;
        }
        details.add(new MemberDetailsPanel(members.details(workgroup.id(), selected.person()), workgroup, members,
                message -> changed(workgroup, selected.person(), message)));
    }

    /** After a change: the fresh roster, the same member selected, and what was done. */
    private void changed(Workgroup workgroup, PersonKey person, String message) {
        try {
            var entries = members.roster(workgroup.id());
            roster.setItems(entries);
            Optional<RosterEntry> same = entries.stream().filter(e -> e.person().equals(person)).findFirst();
            same.ifPresentOrElse(roster::select, () -> show(workgroup, null));
            outcome.setText(message);
        } catch (AccessRefused noLongerStaff) {
            // staff who changed their own role away from staff: the workgroup home is what they may see now
            UI.getCurrent().navigate(WorkgroupHomeView.path(workgroup));
        }
    }
}
