package org.quire.shell.ui;

import java.util.NoSuchElementException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a service reports that what the address names does not exist. */
@PermitAll
class NotFoundView extends VerticalLayout implements HasErrorParameter<NoSuchElementException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NoSuchElementException> parameter) {
        removeAll();
        add(new H1("Not found"));
        add(new Paragraph(parameter.getException().getMessage()));
        add(new Anchor("", "Back to your workgroups"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
