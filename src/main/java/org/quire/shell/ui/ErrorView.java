package org.quire.shell.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown for whatever failed unexpectedly while opening a page (the specific refusals and "not
 * found" have views of their own). The person gets a short reference; the log has it with the
 * stack trace, so an administrator can find what happened without the page showing internals.
 */
@PermitAll
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = newReference();
        log.error("Unexpected error (reference {}) while opening '{}'", reference, event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        setId("unexpected-error");
        add(new H1("Something went wrong"));
        add(new Paragraph("Quire could not open this page. Your saved work is safe; try again in a moment."));
        var code = new Span(reference);
        code.addClassName("error-reference");
        code.setId("error-reference");
        add(new Paragraph(new Span("If it keeps happening, give your Quire administrator this reference: "), code,
                new Span(".")));
        add(new Anchor("", "Back to your workgroups"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static String newReference() {
        var bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
