package org.quire.workgroup.matrix;

import java.util.List;

/** Export operations: STAFF export for the Panel, members working drafts (DD013). */
final class ExportOperations {

    private ExportOperations() {
    }

    static List<Operation> all() {
        return List.of();
    }
}
