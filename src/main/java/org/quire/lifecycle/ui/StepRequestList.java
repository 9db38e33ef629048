package org.quire.lifecycle.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.quire.lifecycle.Lifecycle;
import org.quire.lifecycle.LifecycleOutlook;
import org.quire.lifecycle.LifecycleStep;
import org.quire.lifecycle.StepRequest;
import org.quire.lifecycle.StepRequests;

/** Members' standing proposals of steps; STAFF take or decline each. Hidden when there are none. */
class StepRequestList extends Section {

    StepRequestList(LifecycleOutlook outlook, Lifecycle lifecycle, StepRequests requests, Names names,
            Consumer<String> done) {
        setId("step-requests");
        setVisible(!outlook.pending().isEmpty());
        add(new H2("Proposed steps"));
        for (var request : outlook.pending()) {
            var label = LifecycleStep.between(request.from(), request.to()).map(LifecycleStep::label)
                    .orElse(request.to().label());
            var card = new Div(new Paragraph(names.of(request.by()) + " proposes: " + label
                    + (request.reason().isBlank() ? "" : " — " + request.reason())));
            card.addClassName("step-request");
            if (outlook.mayDecideRequests()) {
                card.add(takeButton(request, label, lifecycle, names, done),
                        declineButton(request, label, requests, done));
            }
            add(card);
        }
    }

    private static Button takeButton(StepRequest request, String label, Lifecycle lifecycle, Names names,
            Consumer<String> done) {
        var reason = "Proposed by " + names.of(request.by())
                + (request.reason().isBlank() ? "." : ": " + request.reason());
        var step = LifecycleStep.between(request.from(), request.to());
        boolean needsReason = step.map(LifecycleStep::needsReason).orElse(false);
        var take = new Button("Take this step", click -> new StepDialog(label, "Taken as proposed; change the "
                + "reason if you like.", needsReason, label, given -> {
                    lifecycle.move(request.proposal(), request.to(), given);
                    return "The proposal is now \"" + request.to().label() + "\".";
                }, done).prefilled(reason).open());
        take.setId("take-request-" + request.id().value());
        return take;
    }

    private static Button declineButton(StepRequest request, String label, StepRequests requests,
            Consumer<String> done) {
        var decline = new Button("Decline", click -> new StepDialog("Decline: " + label,
                "Your answer is shown to the member who proposed it.", true, "Decline", answer -> {
                    requests.decline(request.id(), answer);
                    return "Declined.";
                }, done).open());
        decline.setId("decline-request-" + request.id().value());
        return decline;
    }
}
