package org.quire.comment.ui.disposition;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.quire.comment.CommentThread;
import org.quire.comment.Disposition;
import org.quire.comment.DispositionKind;
import org.quire.comment.DispositionRow;
import org.quire.comment.Dispositions;
import org.quire.comment.SuggestionStatus;
import org.quire.comment.ThreadTarget;
import org.quire.proposal.ConcurrentChange;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;

/**
 * One commenter's thread with its disposition form: who, where, the passage as made on, the whole
 * thread, then the disposition, the response the commenter reads and, for an accepted comment, the
 * revision that carries the change. A refused save says why beside the form and keeps what was
 * typed.
 */
class DispositionCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final Select<DispositionKind> kind = new Select<>();
    private final TextArea response = new TextArea("Response to the commenter");
    private final IntegerField revision = new IntegerField("Resulting revision (optional)");
    private final Paragraph problem = new Paragraph();
    private final Span saved = new Span();

    DispositionCard(DispositionRow row, int number, Map<PersonKey, String> names, Dispositions dispositions,
            Consumer<CommentThread> recorded) {
        var thread = row.thread();
        addClassName("disposition-card");
        setId("disposition-" + number);
        getElement().setAttribute("data-thread", thread.id().value());
        var heading = new H3(row.organization().isEmpty() ? row.commenter()
                : row.organization() + " · " + row.commenter());
        var place = new Paragraph("On: " + row.place());
        place.addClassName("disposition-place");
        add(heading, place);
        if (!row.quote().isEmpty()) {
            var quote = new Div(row.quote());
            quote.getElement().setAttribute("role", "blockquote");
            quote.addClassName("disposition-quote");
            add(quote);
        }
        var comments = new OrderedList();
        comments.addClassName("disposition-thread");
        comments.getElement().setAttribute("aria-label", "The thread");
        for (var comment : thread.comments()) {
            var who = new Span(names.getOrDefault(comment.author(), comment.author().subject()) + ", "
                    + WHEN.format(comment.at()));
            who.addClassName("comment-meta");
            var text = new Div(comment.deleted() ? "(comment deleted)" : comment.text());
            text.addClassName("comment-text");
            comments.add(new ListItem(who, text));
        }
        add(comments);
        add(form(row, number, dispositions, recorded));
    }

    private Div form(DispositionRow row, int number, Dispositions dispositions, Consumer<CommentThread> recorded) {
        var thread = row.thread();
        kind.setLabel("Disposition");
        kind.setItems(DispositionKind.values());
        kind.setItemLabelGenerator(DispositionKind::label);
        kind.setPlaceholder("Choose…");
        kind.setId("disposition-" + number + "-kind");
        response.setId("disposition-" + number + "-response");
        response.setMaxLength(Disposition.MAX_RESPONSE);
        response.setHelperText("The commenter reads this; at most " + String.format(Locale.US, "%,d",
                Disposition.MAX_RESPONSE) + " characters.");
        revision.setId("disposition-" + number + "-revision");
        revision.setMin(1);
        var suggestion = thread.suggestion();
        boolean appliedSuggestion = suggestion != null && suggestion.status() == SuggestionStatus.ACCEPTED
                && suggestion.decision() != null && suggestion.decision().revision() != null;
        if (appliedSuggestion) {
            revision.setValue(suggestion.decision().revision());
            revision.setReadOnly(true);
            revision.setHelperText("The revision that applied the accepted suggestion.");
        } else if (thread.target() instanceof ThreadTarget.WholeProposal) {
            revision.setVisible(false);
        } else {
            revision.setHelperText(thread.target() instanceof ThreadTarget.Passage
                    ? "For an accepted comment: the section revision that carries the change."
                    : "For an accepted comment: the descriptor set revision that carries the change.");
        }
        var current = thread.disposition();
        if (current != null) {
            kind.setValue(current.kind());
            response.setValue(current.response());
            if (!appliedSuggestion && current.revision() != null) {
                revision.setValue(current.revision());
            }
            saved.setText("Recorded: " + current.kind().label() + ", " + WHEN.format(current.at()) + ".");
        }
        problem.addClassName("form-problem");
        problem.setId("disposition-" + number + "-problem");
        problem.getElement().setAttribute("role", "alert");
        saved.addClassName("disposition-saved");
        saved.setId("disposition-" + number + "-saved");
        var save = new Button("Save disposition", click -> save(thread, dispositions, recorded, appliedSuggestion));
        save.setId("disposition-" + number + "-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(kind, response, revision, problem, save, saved);
        form.addClassName("disposition-form");
        return form;
    }

    private void save(CommentThread thread, Dispositions dispositions, Consumer<CommentThread> recorded,
            boolean appliedSuggestion) {
        if (kind.getValue() == null) {
            problem.setText("Choose the disposition.");
            return;
        }
        try {
            var done = dispositions.record(thread.id(), kind.getValue(), response.getValue(),
                    appliedSuggestion || !revision.isVisible() ? null : revision.getValue());
            problem.setText("");
            saved.setText("Recorded: " + kind.getValue().label() + ", " + WHEN.format(done.disposition().at()) + ".");
            recorded.accept(done);
        } catch (InputRejected | ConcurrentChange | AccessRefused refused) {
            problem.setText(refused.getMessage());
            saved.setText("");
        }
    }
}
