package org.quire.api.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.api.AccessTokens;

/**
 * The signed-in person's personal access tokens for the API: the list with each token's dates,
 * last use and status, revoking one, and the form that makes a new one and shows its secret once.
 */
@Route(AccessTokensView.PATH)
@PageTitle("Access tokens · Quire")
@PermitAll
class AccessTokensView extends VerticalLayout implements BeforeEnterObserver {

    /** Under the profile, which links here. */
    static final String PATH = "profile/access-tokens";

    private final AccessTokens tokens;
    private final Clock clock;
    private final Section list = section("token-list", "Your tokens");

    AccessTokensView(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("access-tokens");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Access tokens"));
        var back = new Anchor("profile", "Back to your profile");
        back.setId("back-to-profile");
        var intro = new Paragraph("A personal access token lets a script use Quire's API (under /api/v1; its "
                + "description is at /api/v1/openapi.json) as you, with your roles in your workgroups. Send it as "
                + "the header 'Authorization: Bearer <token>'. Treat it like a password: anyone who has it acts "
                + "as you until it expires or you revoke it.");
        intro.setId("access-tokens-intro");
        var form = section("new-token", "New token");
        form.add(new NewTokenForm(tokens, clock, made -> showList()));
        add(back, intro, form, list);
        showList();
    }

    private void showList() {
        list.getChildren().skip(1).toList().forEach(list::remove);
        list.add(new TokenTable(tokens.list(), tokens, clock, this::showList));
    }

    private static Section section(String id, String heading, Component... content) {
        var title = new H2(heading);
        title.setId(id + "-heading");
        var section = new Section(title);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        section.addClassName("access-tokens-section");
        return section;
    }
}
