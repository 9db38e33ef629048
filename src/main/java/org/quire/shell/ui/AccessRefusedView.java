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

/** Shown when the access policy refuses a navigation: says what was refused, never why it exists. */
@PermitAll
class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessRefused> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefused> parameter) {
        removeAll();
        add(new H1("Not available to you"));
        add(new Paragraph(parameter.getException().getMessage()));
        add(new Paragraph("Your role comes from your workgroup's staff. If you think you should have access, ask them."));
        add(new Anchor("", "Back to your workgroups"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
