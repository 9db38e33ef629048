package org.quire.proposal.ui;

import com.vaadin.flow.component.UI;

/**
 * Asks the browser to warn before the tab is closed or reloaded while the descriptor form has
 * unsaved changes (the form keeps no draft of its own). Navigation inside Quire is asked about by
 * the view itself, with a dialog.
 */
final class UnsavedGuard {

    private static final String INSTALL = """
            window.quireUnsaved = $0;
            if (!window.quireUnsavedGuard) {
              window.quireUnsavedGuard = true;
              window.addEventListener('beforeunload', event => {
                if (window.quireUnsaved) {
                  event.preventDefault();
                  event.returnValue = '';
                }
              });
            }
            """;

    private final UI ui;
    private boolean unsaved;

    UnsavedGuard(UI ui) {
        this.ui = ui;
        ui.getPage().executeJs(INSTALL, false);
    }

    void unsaved(boolean now) {
        if (now != unsaved) {
            unsaved = now;
            ui.getPage().executeJs("window.quireUnsaved = $0;", now);
        }
    }
}
