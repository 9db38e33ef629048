package org.quire.api.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.quire.api.AccessToken;
import org.quire.api.AccessTokenStatus;
import org.quire.api.AccessTokens;

/** The person's tokens, newest first, as a table; an active token can be revoked after a confirmation. */
class TokenTable extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final AccessTokens tokens;
    private final Runnable changed;

    TokenTable(List<AccessToken> list, AccessTokens tokens, Clock clock, Runnable changed) {
        this.tokens = tokens;
        this.changed = changed;
        if (list.isEmpty()) {
            var empty = new Paragraph("You have no access tokens yet. Create one above when a script needs to "
                    + "use the API.");
            empty.setId("no-tokens");
            add(empty);
            return;
        }
        var table = new NativeTable();
        table.setId("tokens");
        table.addClassName("token-table");
        table.setCaptionText("Your personal access tokens, newest first");
        var header = new NativeTableRow();
        for (var heading : List.of("Name", "Created", "Expires", "Last used", "Status", "")) {
            header.addHeaderCell().setText(heading);
        }
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        table.getHead().add(header);
        var now = clock.instant();
        list.forEach(token -> table.getBody().add(row(token, token.status(now))));
        add(table);
    }

    private NativeTableRow row(AccessToken token, AccessTokenStatus status) {
        var row = new NativeTableRow();
        row.setId("token-" + token.id().value());
        row.addDataCell().setText(token.name());
        row.addDataCell().setText(TIME.format(token.createdAt()));
        row.addDataCell().setText(AccessTokens.day(token.expiresOn()));
        row.addDataCell().setText(lastUse(token.lastUsedAt(), token.lastUsedFrom()));
        var badge = new Span(status.label());
        badge.addClassName("token-status");
        badge.addClassName("token-" + status.name().toLowerCase(Locale.ROOT));
        row.addDataCell().add(badge);
        row.addDataCell().add(status == AccessTokenStatus.ACTIVE ? revoke(token) : new Span());
        return row;
    }

    private Component revoke(AccessToken token) {
        var button = new Button("Revoke", click -> {
            var confirm = new ConfirmDialog("Revoke “" + token.name() + "”?",
                    "Scripts using this token stop working at once. This cannot be undone: to use the API again, "
                            + "create a new token.", "Revoke", confirmed -> {
                        tokens.revoke(token.id());
                        Notification.show("“" + token.name() + "” is revoked.", 4_000,
                                Notification.Position.TOP_CENTER).setId("token-revoked");
                        changed.run();
                    });
            confirm.setId("confirm-revoke");
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        button.setId("revoke-" + token.id().value());
        button.getElement().setAttribute("aria-label", "Revoke " + token.name());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static String lastUse(@Nullable Instant at, @Nullable String from) {
        if (at == null) {
            return "Never";
        }
        return TIME.format(at) + (from == null ? "" : " from " + from);
    }
}
