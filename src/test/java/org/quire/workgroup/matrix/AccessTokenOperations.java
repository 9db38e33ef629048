package org.quire.workgroup.matrix;

import java.util.List;

/** Personal access tokens: each signed-in person keeps their own (DD013). */
final class AccessTokenOperations {

    private AccessTokenOperations() {
    }

    static List<Operation> all() {
        return List.of();
    }
}
