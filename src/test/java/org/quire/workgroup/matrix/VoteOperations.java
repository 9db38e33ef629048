package org.quire.workgroup.matrix;

import java.util.List;

/** The lifecycle module's vote operations (DD012). */
final class VoteOperations {

    private VoteOperations() {
    }

    static List<Operation> all() {
        return List.of();
    }
}
