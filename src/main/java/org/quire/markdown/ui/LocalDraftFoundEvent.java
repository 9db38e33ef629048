package org.quire.markdown.ui;

import java.time.Instant;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import org.jspecify.annotations.Nullable;

/**
 * The browser holds a draft for the editor's draft key whose text differs from the editor's
 * value: text typed here earlier that may never have reached the server (a crash, a closed tab).
 * The editor does not take it over by itself; the view decides what to offer.
 */
@DomEvent("local-draft-found")
public class LocalDraftFoundEvent extends ComponentEvent<MarkdownEditor> {

    private final String text;
    private final int base;
    private final Instant savedAt;

    public LocalDraftFoundEvent(MarkdownEditor source, boolean fromClient,
            @EventData("event.detail.text") @Nullable String text, @EventData("event.detail.base") int base,
            @EventData("event.detail.savedAt") double savedAt) {
        super(source, fromClient);
        this.text = text == null ? "" : text;
        this.base = base;
        this.savedAt = Instant.ofEpochMilli((long) savedAt);
    }

    /** The draft's text, as the browser stored it (checked against the editor's max length). */
    public String getText() {
        return text;
    }

    /** The revision the draft was written on, as the editor's base revision said then (0: unknown). */
    public int getBase() {
        return base;
    }

    /** When the browser stored the draft, by the browser's clock. */
    public Instant getSavedAt() {
        return savedAt;
    }
}
