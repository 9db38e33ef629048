package org.quire.workgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.shared.InputRejected;
import org.quire.workgroup.ParticipationRequest;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;

/** The signed-in person's request to one workgroup: its status, staff's decision, and withdrawal. */
@Route("workgroups/:slug/your-request")
@PermitAll
class YourRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipationRequests requests;
    private String title = "Your request · Quire";

    YourRequestView(ParticipationRequests requests) {
        this.requests = requests;
        addClassName("your-request");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = requests.workgroupToJoin(event.getRouteParameters().get("slug").orElse(""));
        title = "Your request to " + workgroup.name() + " · Quire";
        show(workgroup);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workgroup workgroup) {
        removeAll();
        add(new H1("Your request to participate in " + workgroup.name()));
        var yours = requests.yours(workgroup.id());
        if (yours.isEmpty()) {
            add(new Paragraph("You have not asked to participate in this workgroup."));
            add(link(ParticipationRoutes.requestForm(workgroup), "Request to participate", "request-again"));
            return;
        }
        var request = yours.get();
        var status = new Paragraph(statusOf(request));
        status.setId("request-status");
        status.addClassName("request-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        switch (request.status()) {
            case PENDING -> add(withdraw(workgroup, request));
            case APPROVED -> add(link(WorkgroupHomeView.path(workgroup), "Open the workgroup", "open-workgroup"));
            case DECLINED -> {
                var reason = new Paragraph("Reason: " + request.declineReason());
                reason.setId("decline-reason");
                add(reason, link(ParticipationRoutes.requestForm(workgroup), "Request again", "request-again"));
            }
            case WITHDRAWN -> add(link(ParticipationRoutes.requestForm(workgroup), "Request again", "request-again"));
        }
        add(new H2("What you sent"), new RequestDetails(request));
        add(new Anchor("", "Back to your workgroups"));
    }

    static String statusOf(ParticipationRequest request) {
        return switch (request.status()) {
            case PENDING -> "Pending: the workgroup's staff have not decided yet.";
            case APPROVED -> "Approved: your role is " + (request.grantedRole() == null ? ""
                    : request.grantedRole().label()) + ".";
            case DECLINED -> "Declined by the workgroup's staff.";
            case WITHDRAWN -> "Withdrawn: you took this request back.";
        };
    }

    private Button withdraw(Workgroup workgroup, ParticipationRequest request) {
        var button = new Button("Withdraw request", click -> {
            try {
                requests.withdraw(request.id());
            } catch (InputRejected decidedMeanwhile) {
                // staff decided a moment ago: the refreshed page shows what they decided
            }
            show(workgroup);
        });
        button.setId("withdraw-request");
        return button;
    }

    private static Anchor link(String href, String text, String id) {
        var anchor = new Anchor(href, text);
        anchor.setId(id);
        anchor.addClassName("primary-link");
        return anchor;
    }
}
