package org.quire.workgroup.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupService;

/**
 * Staff's list of pending participation requests, oldest first. The service refuses everyone else
 * (the access-refused page then says so), so the view needs no check of its own.
 */
@Route("workgroups/:slug/participation-requests")
@PermitAll
class ParticipationReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkgroupService workgroups;
    private final ParticipationRequests requests;
    private final Paragraph outcome = new Paragraph();
    private String title = "Participation requests · Quire";

    ParticipationReviewView(WorkgroupService workgroups, ParticipationRequests requests) {
        this.workgroups = workgroups;
        this.requests = requests;
        addClassName("participation-review");
        outcome.setId("review-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        title = "Participation requests · " + workgroup.name() + " · Quire";
        outcome.setText("");
        show(workgroup);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workgroup workgroup) {
        removeAll();
        add(new H1("Participation requests"));
        add(new Anchor(WorkgroupHomeView.path(workgroup), "Back to " + workgroup.name()));
        add(outcome);
        var pending = requests.pending(workgroup.id());
        if (pending.isEmpty()) {
            var empty = new Paragraph("No requests are waiting for a decision. New requests appear here, "
                    + "oldest first.");
            empty.setId("no-pending-requests");
            add(empty);
            return;
        }
        Consumer<String> decided = message -> {
            show(workgroup);
            outcome.setText(message);
        };
        pending.forEach(request -> add(new PendingRequestCard(request, requests, decided)));
    }
}
