package org.quire.comment.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.quire.comment.Comment;
import org.quire.comment.ThreadId;

/**
 * One comment of a thread: who wrote it and when, its text rendered safely, and for its author
 * Edit and Delete (which asks first). A deleted comment stays as a trace.
 */
final class CommentEntry extends Div {

    private final MarginContext context;
    private final ThreadId thread;
    private final Comment comment;
    private final Paragraph problem = new Paragraph();
    private @Nullable CommentBox editing;

    CommentEntry(MarginContext context, ThreadId thread, Comment comment) {
        this.context = context;
        this.thread = thread;
        this.comment = comment;
        addClassName("comment-entry");
        setId("comment-" + comment.id().value());
        problem.addClassName("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        show();
    }

    private void show() {
        removeAll();
        editing = null;
        var author = new Span(context.nameOf(comment.author()));
        author.addClassName("comment-author");
        var meta = new Div(author, MarginContext.time(comment.at()));
        meta.addClassName("comment-meta");
        if (comment.deleted()) {
            addClassName("comment-deleted");
            var trace = new Paragraph("Comment deleted");
            trace.addClassName("comment-deleted-trace");
            add(meta, trace);
            return;
        }
        if (comment.editedAt() != null) {
            var edited = new Span("(edited)");
            edited.addClassName("comment-edited");
            edited.getElement().setAttribute("title", "Edited " + comment.editedAt());
            meta.add(edited);
        }
        add(meta, new CommentMarkdown(context.actions().markdown(), comment.text()));
        if (context.isMe(comment.author())) {
            var edit = new Button("Edit", click -> edit());
            edit.addClassName("edit-comment");
            edit.getElement().setAttribute("aria-label", "Edit your comment");
            var delete = new Button("Delete", click -> confirmDelete());
            delete.addClassName("delete-comment");
            delete.getElement().setAttribute("aria-label", "Delete your comment");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL,
                    ButtonVariant.LUMO_ERROR);
            var own = new Div(edit, delete);
            own.addClassName("comment-actions");
            add(own, problem);
        }
    }

    private void edit() {
        edit(comment.text());
    }

    private void edit(String text) {
        removeAll();
        var box = new CommentBox("Edit your comment", "Save", typed -> {
            context.actions().threads().edit(thread, comment.id(), typed);
            editing = null; // saved: nothing left to carry over to the refreshed card
            context.changed().run();
        }, this::show).withText(text);
        editing = box;
        add(box);
        box.focus();
    }

    Comment comment() {
        return comment;
    }

    /** What is typed into this comment's edit box, if it is being edited: kept when the thread changes meanwhile. */
    Optional<String> editedText() {
        return Optional.ofNullable(editing).map(CommentBox::text);
    }

    /** Goes on editing with {@code text}, after the card was rebuilt; not for a comment since deleted. */
    void resumeEdit(String text) {
        if (!comment.deleted() && context.isMe(comment.author())) {
            edit(text);
        }
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete this comment?",
                "Its text is removed; the thread keeps a note that a comment was deleted.", "Delete",
                confirmed -> Attempt.of(() -> context.actions().threads().delete(thread, comment.id()), this::showProblem)
                        .ifPresent(deleted -> context.changed().run()));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-delete-comment");
        confirm.open();
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
