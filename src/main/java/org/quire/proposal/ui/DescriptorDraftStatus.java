package org.quire.proposal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.springframework.dao.DataAccessException;

/** Says where the form's unsaved changes are kept: on the server since when, or why not. */
class DescriptorDraftStatus extends Span implements DraftAutosave.Listener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US)
            .withZone(ZoneId.systemDefault());

    DescriptorDraftStatus() {
        setId("autosave-status");
        getElement().setAttribute("role", "status");
    }

    @Override
    public void kept(Instant at) {
        setText("Unsaved changes kept on the server at " + TIME.format(at) + ".");
    }

    @Override
    public void failed(RuntimeException problem) {
        setText(problem instanceof DataAccessException
                ? "The database is not answering: your changes are only in this form until it is back."
                : problem.getMessage());
    }
}
