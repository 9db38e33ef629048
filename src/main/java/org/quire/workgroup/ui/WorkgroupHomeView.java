package org.quire.workgroup.ui;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.markdown.MarkdownRenderer;
import org.quire.workgroup.Member;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupFounding;
import org.quire.workgroup.WorkgroupHome;
import org.quire.workgroup.WorkgroupService;

/** A workgroup's home: description, charge and members, for anyone with a role in it. */
@Route("workgroups/:slug")
@PermitAll
class WorkgroupHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final MarkdownRenderer markdown;
    private final ParticipationRequests participation;
    private final WorkgroupFounding founding;
    private final List<WorkgroupHomeParts> parts;
    private String title = "Workgroup · Quire";

    WorkgroupHomeView(WorkgroupService workgroups, MarkdownRenderer markdown, ParticipationRequests participation,
            WorkgroupFounding founding, List<WorkgroupHomeParts> parts) {
        this.workgroups = workgroups;
        this.markdown = markdown;
        this.participation = participation;
        this.founding = founding;
        this.parts = List.copyOf(parts);
        addClassName("workgroup-home");
    }

    static String path(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var home = workgroups.home(event.getRouteParameters().get("slug").orElse(""));
        title = home.workgroup().name() + " · Quire";
        removeAll();
        show(home);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(WorkgroupHome home) {
        var workgroup = home.workgroup();
        add(new H1(workgroup.name()));
        var yourRole = new Span("Your role: " + home.yourRole().label());
        yourRole.addClassName("your-role");
        yourRole.setId("your-role");
        add(yourRole);
        var proposals = new Anchor("workgroups/" + workgroup.slug() + "/proposals", "Proposals");
        proposals.setId("proposals-link");
        proposals.addClassName("primary-link");
        add(proposals);
        if (WorkgroupAction.REVIEW_PARTICIPATION_REQUESTS.allows(home.yourRole())) {
            var waiting = participation.pending(workgroup.id()).size();
            var review = new Anchor(ParticipationRoutes.review(workgroup),
                    "Participation requests (" + waiting + " pending)");
            review.setId("participation-requests-link");
            add(review);
        }
        if (WorkgroupAction.MANAGE_MEMBERS.allows(home.yourRole())) {
            var manage = new Anchor(MembersView.path(workgroup), "Manage members");
            manage.setId("manage-members-link");
            add(manage);
        }
        if (WorkgroupAction.READ_AUDIT_LOG.allows(home.yourRole())) {
            var auditLog = new Anchor(AuditLogView.path(workgroup), "Audit log");
            auditLog.setId("audit-log-link");
            add(auditLog);
        }
        if (founding.allowed()) {
            var create = new Anchor(NewWorkgroupView.PATH, "Create a workgroup");
            create.setId("create-workgroup-link");
            add(create);
        }
        add(rendered(workgroup.description(), "workgroup-description"));
        parts.forEach(part -> part.addTo(this, workgroup));

        add(new H2("Charge"));
        var charge = new OrderedList();
        charge.addClassName("charge");
        workgroup.charge().forEach(item -> charge.add(new ListItem(rendered(item, "charge-item"))));
        add(charge);

        add(new H2("Members"));
        add(members(home));
    }

    private Grid<Member> members(WorkgroupHome home) {
        var grid = new Grid<Member>();
        grid.setId("members");
        grid.addColumn(Member::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(member -> member.organization() == null ? "" : member.organization())
                .setHeader("Organization").setAutoWidth(true);
        grid.addColumn(member -> member.role().label()).setHeader("Role").setAutoWidth(true);
        grid.setItems(home.members());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Members of " + home.workgroup().name());
        return grid;
    }

    private Div rendered(String source, String className) {
        var container = new Div(new Html("<div>" + markdown.render(source).html().html() + "</div>"));
        container.addClassNames("markdown", className);
        return container;
    }
}
