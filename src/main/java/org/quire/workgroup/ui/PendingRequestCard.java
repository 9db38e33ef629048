package org.quire.workgroup.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.shared.InputRejected;
import org.quire.workgroup.ParticipationDecision;
import org.quire.workgroup.ParticipationRequest;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.WorkgroupRole;

/** One pending request with everything the person said, and staff's two decisions. */
class PendingRequestCard extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    PendingRequestCard(ParticipationRequest request, ParticipationRequests requests, Consumer<String> decided) {
        setId("request-" + request.id().value());
        addClassName("pending-request");
        var heading = new H2(request.personName() + ", " + request.details().organization());
        heading.setId("request-heading-" + request.id().value());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph("Asked " + DAY.format(request.requestedAt())), new RequestDetails(request));

        var problems = new ProblemList("decision-problems-" + request.id().value());
        var role = new Select<WorkgroupRole>();
        role.setLabel("Role to grant");
        role.addClassName("role-to-grant");
        role.setItems(ParticipationDecision.ROLES_TO_GRANT);
        role.setItemLabelGenerator(WorkgroupRole::label);
        role.setValue(request.details().roleAsked());
        var approve = new Button("Approve", click -> decide(problems, () -> {
            var approved = requests.approve(request.id(), role.getValue());
            decided.accept("Approved " + request.personName() + " as " + approved.grantedRole().label() + ".");
        }));
        approve.addClassName("approve-request");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var reason = new TextArea("Reason for declining");
        reason.addClassName("decline-reason");
        reason.setMaxLength(ParticipationDecision.MAX_REASON);
        reason.setHelperText("Required to decline; the person reads it on their request page.");
        var decline = new Button("Decline", click -> decide(problems, () -> {
            requests.decline(request.id(), reason.getValue());
            decided.accept("Declined the request of " + request.personName() + ".");
        }));
        decline.addClassName("decline-request");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);

        var approval = new HorizontalLayout(role, approve);
        approval.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        var declining = new HorizontalLayout(reason, decline);
        declining.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        reason.setWidth("28rem");
        add(approval, declining, problems);
    }

    private static void decide(ProblemList problems, Runnable decision) {
        try {
            decision.run();
        } catch (InputRejected rejected) {
            problems.show(List.of(rejected.getMessage()));
        }
    }
}
