package org.quire.markdown.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/**
 * The person pressed Ctrl+S (Cmd+S) in the editor. The browser sent the editor's text just
 * before, so {@code getSource().getValue()} is what the person sees.
 */
@DomEvent("save-requested")
public class SaveRequestedEvent extends ComponentEvent<MarkdownEditor> {

    public SaveRequestedEvent(MarkdownEditor source, boolean fromClient) {
        super(source, fromClient);
    }
}
