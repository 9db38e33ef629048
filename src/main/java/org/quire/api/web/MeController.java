package org.quire.api.web;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quire.api.internal.BearerAuthentication;
import org.quire.identity.CurrentPerson;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token acts for: a quick check that a script holds the token it thinks it holds. */
@RestController
@Tag(name = "You")
class MeController {

    private final CurrentPerson currentPerson;

    MeController(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @GetMapping(path = "/api/v1/me", produces = "application/json")
    @Operation(operationId = "getMe",
            summary = "The person the access token acts for, and the token (never its secret)")
    MeJson me() {
        var me = currentPerson.require();
        var token = SecurityContextHolder.getContext().getAuthentication() instanceof BearerAuthentication bearer
                ? bearer.personalToken().map(used -> new MeJson.TokenJson(used.name(), used.createdAt(),
                        used.expiresOn())).orElse(null)
                : null;
        return new MeJson(me.key().issuer(), me.key().subject(), me.name(), me.email(), me.organization(),
                me.administrator(), token);
    }

    @Schema(name = "Me")
    record MeJson(String issuer, String subject, String name, @Nullable String email, @Nullable String organization,
            @Schema(description = "Whether the person is a Quire administrator") boolean administrator,
            @Schema(description = "The personal access token used; absent when the request bore an access token "
                    + "from the sign-in provider") @Nullable TokenJson token) {

        @Schema(name = "AccessTokenInUse")
        record TokenJson(String name, Instant createdAt, @Schema(description = "Its last day (UTC)") LocalDate expiresOn) {
        }
    }
}
