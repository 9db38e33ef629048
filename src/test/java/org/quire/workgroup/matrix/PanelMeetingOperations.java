package org.quire.workgroup.matrix;

import java.util.List;

/** The lifecycle module's panelmeeting operations (DD012). */
final class PanelMeetingOperations {

    private PanelMeetingOperations() {
    }

    static List<Operation> all() {
        return List.of();
    }
}
