package org.quire.workgroup.matrix;

import java.util.List;

/** The lifecycle module's milestone operations (DD012). */
final class MilestoneOperations {

    private MilestoneOperations() {
    }

    static List<Operation> all() {
        return List.of();
    }
}
