package org.quire.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.quire.workgroup.AccessRefused;

/**
 * Shown when the access policy refuses a navigation: says what was refused, never why it exists.
 * Someone who is not part of the workgroup at all is offered its participation request.
 */
@PermitAll
class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefused> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefused> parameter) {
        var refused = parameter.getException();
        removeAll();
        setId("access-refused");
        add(new H1("Not available to you"));
        var reason = new Paragraph(refused.getMessage());
        reason.setId("refusal-reason");
        add(reason);
        refused.workgroupToJoin().ifPresentOrElse(slug -> {
            add(new Paragraph("Its staff decide who takes part. You can ask to join, with a short statement of "
                    + "the expertise you bring."));
            var ask = new Anchor("workgroups/" + slug + "/participate",
                    "Request to participate in " + refused.workgroupToJoinName().orElse(slug));
            ask.setId("request-to-participate");
            add(ask);
        }, () -> add(new Paragraph(
                "Your role comes from your workgroup's staff. If you think you should have access, ask them.")));
        add(new Anchor("", "Back to your workgroups"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
