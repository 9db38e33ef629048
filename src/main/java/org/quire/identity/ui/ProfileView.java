package org.quire.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.Profile;
import org.quire.identity.Profiles;
import org.quire.shared.InputRejected;

/**
 * The signed-in person's profile: what the identity provider says (read-only), the organization
 * and the conflict-of-interest disclosure Quire keeps, and the yearly confirmation.
 */
@Route("profile")
@PageTitle("Your profile · Quire")
@PermitAll
class ProfileView extends VerticalLayout implements BeforeEnterObserver {

    static final String ACCESS_TOKENS = "profile/access-tokens";

    private final Profiles profiles;

    ProfileView(Profiles profiles) {
        this.profiles = profiles;
        addClassName("profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var profile = profiles.yours();
        add(new H1("Your profile"));
        add(fromProvider(profile), organization(profile),
                section("disclosure", "Conflict-of-interest disclosure",
                        new DisclosureForm(profile, profiles.reminder().isPresent(), profiles, this::saved)),
                accessTokens());
    }

    /** By address, not by class: the API module's page depends on this module, not the other way round. */
    private static Section accessTokens() {
        var link = new Anchor(ACCESS_TOKENS, "Manage your access tokens");
        link.setId("access-tokens-link");
        var note = new Paragraph("Scripts use Quire's API with a personal access token that acts as you.");
        note.addClassName("quiet-note");
        return section("access-tokens", "Access tokens for the API", note, link);
    }

    private Section fromProvider(Profile profile) {
        var details = new DescriptionList();
        details.setId("provider-details");
        details.add(new DescriptionList.Term("Name"), new DescriptionList.Description(profile.name()));
        details.add(new DescriptionList.Term("E-mail"), new DescriptionList.Description(
                profile.email() == null ? "Not given by your identity provider" : profile.email()));
        var note = new Paragraph("Your identity provider states your name and e-mail address, so you cannot change "
                + "them here. Change them with your provider; Quire shows the change after your next sign-in.");
        note.setId("provider-note");
        note.addClassName("quiet-note");
        return section("identity", "From your identity provider", details, note);
    }

    private Section organization(Profile profile) {
        var field = new TextField("Organization");
        field.setId("organization");
        field.setMaxLength(Profile.MAX_ORGANIZATION);
        field.setManualValidation(true);
        field.setValue(profile.organization() == null ? "" : profile.organization());
        field.setHelperText("The organization you work for or speak for, shown beside your name. At most "
                + Profile.MAX_ORGANIZATION + " characters; leave empty for none.");
        field.setWidth("28rem");
        field.addValueChangeListener(change -> field.setInvalid(false));
        var save = new Button("Save organization", click -> {
            try {
                profiles.changeOrganization(field.getValue());
                saved("Your organization is saved.");
            } catch (InputRejected rejected) {
                field.setErrorMessage(rejected.getMessage());
                field.setInvalid(true);
            }
        });
        save.setId("save-organization");
        var row = new HorizontalLayout(field, save);
        row.setAlignItems(Alignment.BASELINE);
        return section("organization-section", "Organization", row);
    }

    /** Rebuilds the page and its frame, so the name line and the reminder show the change at once. */
    private void saved(String message) {
        var notification = Notification.show(message, 4_000, Notification.Position.TOP_CENTER);
        notification.setId("profile-saved");
        UI.getCurrent().refreshCurrentRoute(true);
    }

    private static Section section(String id, String heading, Component... content) {
        var title = new H2(heading);
        title.setId(id + "-heading");
        var section = new Section(title);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        section.addClassName("profile-section");
        return section;
    }
}
