package org.quire.workgroup.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.shared.InputRejected;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;

/**
 * The "Request to participate" form. A person with a pending request is sent to it instead, so
 * the form is never a way round the one-open-request rule (the service enforces it as well).
 */
@Route("workgroups/:slug/participate")
@PermitAll
class ParticipationRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipationRequests requests;
    private String title = "Request to participate · Quire";

    ParticipationRequestView(ParticipationRequests requests) {
        this.requests = requests;
        addClassName("participation-request");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = requests.workgroupToJoin(event.getRouteParameters().get("slug").orElse(""));
        var yours = requests.yours(workgroup.id());
        if (yours.isPresent() && yours.get().pending()) {
            event.forwardTo(ParticipationRoutes.yourRequest(workgroup));
            return;
        }
        title = "Request to participate in " + workgroup.name() + " · Quire";
        removeAll();
        show(workgroup);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Workgroup workgroup) {
        add(new H1("Request to participate in " + workgroup.name()));
        add(new Paragraph("Participation rests on demonstrated expertise, not on proprietary interests. The "
                + "workgroup's staff read your statement and disclosure, and approve your request with a role or "
                + "decline it with a reason."));
        var fields = new ParticipationRequestFields();
        var problems = new ProblemList("request-problems");
        var send = new Button("Send request", click -> {
            try {
                requests.request(workgroup.id(), fields.request());
                UI.getCurrent().navigate(ParticipationRoutes.yourRequest(workgroup));
            } catch (InputRejected rejected) {
                problems.show(rejected.problems());
            }
        });
        send.setId("send-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.show(List.of());
        add(fields, problems, send);
    }
}
