package org.quire.workgroup.ui;

import com.vaadin.flow.component.html.DescriptionList;
import org.quire.workgroup.ParticipationRequest;

/** Everything a person said in their request, as the person and staff both read it. */
class RequestDetails extends DescriptionList {

    RequestDetails(ParticipationRequest request) {
        addClassName("request-details");
        var details = request.details();
        item("Organization", details.organization() + " (" + details.organizationKind().label() + ")");
        item("Role asked for", details.roleAsked().label());
        item("Statement of rationale", details.rationale());
        item("Expertise", details.expertise());
        item("Conflict of interest", details.disclosure().summary());
    }

    private void item(String term, String description) {
        add(new Term(term), new Description(description));
    }
}
