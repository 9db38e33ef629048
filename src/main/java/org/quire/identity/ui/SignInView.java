package org.quire.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.quire.identity.CurrentPerson;
import org.quire.identity.DemoAccount;
import org.quire.identity.SignInSettings;

/**
 * Quire's sign-in page. Signing in always goes to the OpenID Connect provider; in demo mode the
 * page lists the demo accounts.
 */
@Route(value = "signin", autoLayout = false)
@PageTitle("Sign in · Quire")
@AnonymousAllowed
class SignInView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentPerson currentPerson;

    SignInView(SignInSettings signIn, CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
        addClassName("sign-in");
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");

        add(new H1("Quire"));
        add(new Paragraph("The drafting wiki of the CPT Telehealth Services Workgroup: introductory language and "
                + "code descriptors written together, reviewed by specialty societies, exported for the "
                + "Editorial Panel."));
        var signInLink = new Anchor(SignInSettings.SIGN_IN_PATH, "Sign in");
        signInLink.setRouterIgnore(true);
        signInLink.addClassName("sign-in-button");
        signInLink.setId("sign-in");
        add(signInLink);
        if (signIn.demo()) {
            add(demoAccounts(signIn));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentPerson.find().isPresent()) {
            event.forwardTo("");
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var problem = new Paragraph("Sign-in did not complete. Try again; if it keeps failing, the identity "
                    + "provider may be unreachable.");
            problem.addClassName("sign-in-error");
            problem.getElement().setAttribute("role", "alert");
            addComponentAtIndex(2, problem);
        }
    }

    private static Div demoAccounts(SignInSettings signIn) {
        var section = new Div();
        section.addClassName("demo-accounts");
        section.add(new H2("Demo accounts"));
        section.add(new Paragraph(new Span("This Quire runs in demo mode with invented people. Every account's "
                + "password is "), code(DemoAccount.PASSWORD), new Span(".")));
        var table = new NativeTable();
        table.addClassName("demo-account-table");
        var header = new NativeTableHeader();
        header.addRow().add(new NativeTableHeaderCell("User name"), new NativeTableHeaderCell("Person"),
                new NativeTableHeaderCell("Role in the demo"));
        var body = new NativeTableBody();
        for (var account : signIn.demoAccounts()) {
            body.addRow().add(new NativeTableCell(code(account.username())),
                    new NativeTableCell(account.name() + ", " + account.organization()),
                    new NativeTableCell(account.description()));
        }
        table.add(header, body);
        section.add(table);
        return section;
    }

    private static Span code(String text) {
        var code = new Span(text);
        code.addClassName("code");
        return code;
    }
}
