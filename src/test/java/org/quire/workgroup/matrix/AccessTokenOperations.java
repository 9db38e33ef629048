package org.quire.workgroup.matrix;

import java.time.LocalDate;
import java.util.List;

import org.quire.api.AccessTokens;

import static org.quire.workgroup.matrix.Operation.forEveryone;

/**
 * Personal access tokens: each signed-in person keeps their own, whatever their roles (DD013). That
 * nobody reaches another person's tokens (not even an administrator) is a matter of ownership, not
 * of role, so AccessTokensIT tests it.
 */
final class AccessTokenOperations {

    private AccessTokenOperations() {
    }

    static List<Operation> all() {
        return List.of(
                forEveryone("AccessTokens.list()", f -> tokens(f).list()),
                forEveryone("AccessTokens.create(String, LocalDate)",
                        f -> tokens(f).create("Matrix script", tomorrow())),
                forEveryone("AccessTokens.revoke(AccessTokenId)",
                        f -> tokens(f).revoke(tokens(f).create("Matrix script to revoke", tomorrow()).token().id())));
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(AccessTokens.ZONE).plusDays(1);
    }

    private static AccessTokens tokens(Fixture fixture) {
        return fixture.bean(AccessTokens.class);
    }
}
