package org.quire.api.ui;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.api.AccessTokens;
import org.quire.api.NewAccessToken;
import org.quire.shared.InputRejected;

/**
 * Makes a token: a name and the last day it works (90 days ahead unless changed, at most a year).
 * The new secret is shown once, read-only, with a button that copies it; it is gone when the
 * person leaves the page, as Quire keeps only its hash.
 */
class NewTokenForm extends Div {

    private final AccessTokens tokens;
    private final Clock clock;
    private final Consumer<NewAccessToken> created;
    private final TextField name = new TextField("Token name");
    private final DatePicker expiresOn = new DatePicker("Expires on");
    private final Paragraph problem = new Paragraph();
    private final Div secret = new Div();

    NewTokenForm(AccessTokens tokens, Clock clock, Consumer<NewAccessToken> created) {
        this.tokens = tokens;
        this.clock = clock;
        this.created = created;
        addClassName("new-token-form");
        name.setId("token-name");
        name.setMaxLength(AccessTokens.MAX_NAME);
        name.setManualValidation(true);
        name.setHelperText("What uses it, so you recognise it later, e.g. \"Nightly export script\". 1 to "
                + AccessTokens.MAX_NAME + " characters.");
        name.setWidth("24rem");
        name.addValueChangeListener(change -> name.setInvalid(false));
        var today = AccessTokens.today(clock);
        expiresOn.setId("token-expiry");
        expiresOn.setManualValidation(true);
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(AccessTokens.latestExpiry(today));
        expiresOn.setValue(today.plusDays(AccessTokens.DEFAULT_DAYS));
        expiresOn.setHelperText("The token works until the end of this day (UTC); at most a year ahead.");
        expiresOn.addValueChangeListener(change -> expiresOn.setInvalid(false));
        var create = new Button("Create token", click -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(name, expiresOn, create);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        problem.setId("token-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        secret.setId("new-token");
        secret.setVisible(false);
        add(row, problem, secret);
    }

    private void create() {
        problem.setText("");
        var today = AccessTokens.today(clock);
        var nameProblem = AccessTokens.nameProblem(name.getValue());
        nameProblem.ifPresent(message -> invalid(name, message));
        var expiryProblem = expiresOn.getValue() == null ? java.util.Optional.of("Choose the day the token expires.")
                : AccessTokens.expiryProblem(expiresOn.getValue(), today);
        expiryProblem.ifPresent(message -> {
            expiresOn.setErrorMessage(message);
            expiresOn.setInvalid(true);
        });
        if (nameProblem.isPresent() || expiryProblem.isPresent()) {
            return;
        }
        try {
            var made = tokens.create(name.getValue(), expiresOn.getValue());
            showOnce(made);
            name.clear();
            created.accept(made);
        } catch (InputRejected rejected) {
            problem.setText(rejected.getMessage());
        }
    }

    private void showOnce(NewAccessToken made) {
        secret.removeAll();
        var heading = new H3("Your new token “" + made.token().name() + "”");
        heading.setId("new-token-heading");
        var value = new TextField("Token");
        value.setId("new-token-secret");
        value.setValue(made.secret());
        value.setReadOnly(true);
        value.setWidth("36rem");
        var copy = new Button("Copy", VaadinIcon.COPY.create(),
                click -> value.getElement().executeJs("navigator.clipboard.writeText(this.value)"));
        copy.setId("copy-token");
        copy.getElement().setAttribute("aria-label", "Copy the token");
        var row = new HorizontalLayout(value, copy);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        var note = new Paragraph("Copy it now: you will not see it again. Quire keeps only a fingerprint of it, so "
                + "nobody can show it to you later. If you lose it, revoke it and create a new one.");
        note.setId("new-token-note");
        note.addClassName("token-once");
        secret.add(heading, row, note);
        secret.getElement().setAttribute("role", "status");
        secret.setVisible(true);
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
