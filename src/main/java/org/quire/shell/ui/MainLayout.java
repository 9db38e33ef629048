package org.quire.shell.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.SignInSettings;
import org.quire.workgroup.WorkgroupService;

/**
 * The frame around every signed-in page: navigation from {@code @Menu} routes, who is signed in
 * (name, organization, roles), sign-out, and the demo-mode banner.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(CurrentPerson currentPerson, WorkgroupService workgroups, SignInSettings signIn,
            AuthenticationContext authentication) {
        var person = currentPerson.require();
        var title = new Span("Quire");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);
        if (signIn.demo()) {
            addToNavbar(demoBanner());
        }
        addToNavbar(whoIsSignedIn(person, workgroups), signOut(authentication));
        addToDrawer(new Header(navigation()));
        addToDrawer(new Footer(new Span("Quire · drafting for code-set workgroups")));
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        });
        return nav;
    }

    private static Div demoBanner() {
        var banner = new Div(new Span("Demo mode: invented people and a local demo sign-in. Not for real drafts."));
        banner.addClassName("demo-banner");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }

    private static Div whoIsSignedIn(Person person, WorkgroupService workgroups) {
        var roles = workgroups.mine().stream().map(mine -> mine.role().label() + ", " + mine.workgroup().name())
                .collect(Collectors.toList());
        if (person.administrator()) {
            roles.add("Quire administrator");
        }
        var name = new Span(person.name());
        name.addClassName("person-name");
        var organization = new Span(person.organization() == null ? "" : person.organization());
        organization.addClassName("person-organization");
        var role = new Span(roles.isEmpty() ? "No workgroup role" : String.join(" · ", roles));
        role.addClassName("person-roles");
        var who = new Div(name, organization, role);
        who.addClassName("signed-in-person");
        who.setId("signed-in-person");
        return who;
    }

    private static Button signOut(AuthenticationContext authentication) {
        var button = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("sign-out");
        return button;
    }
}
