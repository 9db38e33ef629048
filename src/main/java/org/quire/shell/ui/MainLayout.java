package org.quire.shell.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.CurrentPerson;
import org.quire.identity.Person;
import org.quire.identity.Profiles;
import org.quire.identity.SignInSettings;
import org.quire.notification.Notifications;
import org.quire.notification.ui.NotificationBell;
import org.quire.workgroup.WorkgroupService;

/**
 * The frame around every signed-in page: navigation from {@code @Menu} routes, who is signed in
 * (name, organization, roles), their notification bell, a link to their profile, sign-out, the
 * demo-mode banner, and above each page the yearly reminder to confirm one's disclosures when due.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String PROFILE_PATH = "profile";

    private final Profiles profiles;
    private final Div disclosureReminder = new Div();
    private final Div page = new Div();

    MainLayout(CurrentPerson currentPerson, WorkgroupService workgroups, SignInSettings signIn,
            AuthenticationContext authentication, Profiles profiles, Notifications notifications) {
        this.profiles = profiles;
        var person = currentPerson.require();
        var title = new Span("Quire");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);
        if (signIn.demo()) {
            addToNavbar(demoBanner());
        }
        addToNavbar(whoIsSignedIn(person, workgroups), new NotificationBell(notifications), profileLink(),
                signOut(authentication));
        addToDrawer(new Header(navigation()));
        addToDrawer(new Footer(new Span("Quire · drafting for code-set workgroups")));
        disclosureReminder.setId("disclosure-reminder");
        disclosureReminder.addClassName("disclosure-reminder");
        disclosureReminder.getElement().setAttribute("role", "status");
        disclosureReminder.setVisible(false);
        page.addClassName("page");
        // The reminder sits above whichever view is shown, so the frame stays and only the view changes.
        setContent(new Div(disclosureReminder, page));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    /** Checked at every navigation, so a confirmation made a moment ago hides it at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var due = profiles.reminder();
        disclosureReminder.removeAll();
        due.ifPresent(reminder -> {
            var link = new Anchor(PROFILE_PATH, reminder.text());
            link.setId("disclosure-reminder-link");
            disclosureReminder.add(link);
        });
        disclosureReminder.setVisible(due.isPresent());
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

    private static Anchor profileLink() {
        var link = new Anchor(PROFILE_PATH, "Your profile");
        link.setId("profile-link");
        link.addClassName("profile-link");
        return link;
    }

    private static Button signOut(AuthenticationContext authentication) {
        var button = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("sign-out");
        return button;
    }
}
