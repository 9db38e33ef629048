package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.quire.comment.CommentId;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;

/**
 * One thread in the margin: where it points, its suggested edit and disposition, its comments, and
 * Reply and Resolve/Reopen. Its element id {@code thread-<id>} is the address notifications link to.
 */
final class ThreadCard extends Div {

    static final String ID_PREFIX = "thread-";

    private final CommentThread thread;
    private final Div replyArea = new Div();
    private final Paragraph problem = new Paragraph();
    private final List<CommentEntry> entries = new ArrayList<>();
    private String draft = "";

    ThreadCard(MarginContext context, CommentThread thread, Set<ThreadId> selected, Runnable selectionChanged) {
        this.thread = thread;
        setId(idOf(thread.id()));
        addClassName("thread-card");
        getElement().setAttribute("role", "article");
        boolean resolved = thread.status() == ThreadStatus.RESOLVED;
        if (resolved) {
            addClassName("thread-resolved");
        }
        var heading = new H3(ThreadPlace.label(thread, context.page()));
        heading.setId(idOf(thread.id()) + "-place");
        heading.addClassName("thread-place");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var header = new Div(heading);
        header.addClassName("thread-header");
        var badge = ThreadPlace.badge(thread.target());
        if (badge != null) {
            header.add(badge);
        }
        if (thread.blocksApproval()) {
            var blocking = new Span("Blocks approval");
            blocking.addClassName("thread-blocking");
            blocking.getElement().setAttribute("title", "While open, this thread keeps the proposal from workgroup "
                    + "approval.");
            header.add(blocking);
        }
        if (resolved) {
            var status = new Span("Resolved");
            status.addClassName("thread-status");
            header.add(status);
        }
        if (thread.organization() != null) {
            var organization = new Span(thread.organization());
            organization.addClassName("thread-organization");
            header.add(organization);
        }
        add(header);
        var quote = ThreadPlace.quote(thread, context.page());
        if (quote != null) {
            add(quote);
        }
        if (thread.suggestion() != null) {
            add(new SuggestionBlock(context, thread, thread.suggestion(), selected, selectionChanged));
        }
        var comments = new Div();
        comments.addClassName("thread-comments");
        thread.comments().forEach(comment -> entries.add(new CommentEntry(context, thread.id(), comment)));
        entries.forEach(comments::add);
        add(comments);
        if (thread.disposition() != null) {
            add(new DispositionNote(context, thread.disposition()));
        }
        problem.addClassName("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(actions(context, resolved), replyArea, problem);
    }

    static String idOf(ThreadId thread) {
        return ID_PREFIX + thread.value();
    }

    CommentThread thread() {
        return thread;
    }

    /** What is typed in the reply box, carried over when the card is rebuilt with news. */
    String draft() {
        return replyArea.getChildren().findFirst().map(box -> ((CommentBox) box).text()).orElse(draft);
    }

    /** The comments being edited and what is typed in them, carried over like the reply. */
    Map<CommentId, String> edits() {
        var edits = new HashMap<CommentId, String>();
        entries.forEach(entry -> entry.editedText().ifPresent(text -> edits.put(entry.comment().id(), text)));
        return edits;
    }

    void restoreEdits(Map<CommentId, String> edits) {
        entries.stream().filter(entry -> edits.containsKey(entry.comment().id()))
                .forEach(entry -> entry.resumeEdit(edits.get(entry.comment().id())));
    }

    void restoreDraft(MarginContext context, String text) {
        if (!text.isBlank() && context.permissions().comment()) {
            openReply(context, text);
        }
    }

    private Div actions(MarginContext context, boolean resolved) {
        var actions = new Div();
        actions.addClassName("thread-actions");
        if (context.permissions().comment()) {
            var reply = new Button("Reply", click -> openReply(context, ""));
            reply.addClassName("reply-thread");
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reply);
        }
        if (context.permissions().resolveAny() || context.isMe(thread.startedBy())) {
            var toggle = new Button(resolved ? "Reopen" : "Resolve", click -> Attempt.of(
                    () -> resolved ? context.actions().threads().reopen(thread.id())
                            : context.actions().threads().resolve(thread.id()), this::showProblem)
                    .ifPresent(done -> context.changed().run()));
            toggle.addClassName(resolved ? "reopen-thread" : "resolve-thread");
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(toggle);
        }
        if (context.permissions().markBlocking() && !resolved) {
            boolean blocking = thread.blocking();
            var mark = new Button(blocking ? "Lift blocking" : "Mark blocking", click -> Attempt.of(
                    () -> context.actions().threads().markBlocking(thread.id(), !blocking), this::showProblem)
                    .ifPresent(done -> context.changed().run()));
            mark.addClassName(blocking ? "unmark-blocking" : "mark-blocking");
            mark.getElement().setAttribute("title", "A thread marked blocking keeps the proposal from workgroup "
                    + "approval while it is open.");
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(mark);
        }
        return actions;
    }

    private void openReply(MarginContext context, String text) {
        replyArea.removeAll();
        var box = new CommentBox("Your reply", "Reply", typed -> {
            context.actions().threads().reply(thread.id(), typed);
            draft = "";
            replyArea.removeAll();
            context.changed().run();
        }, () -> {
            draft = "";
            replyArea.removeAll();
        }).withText(text);
        replyArea.add(box);
        box.focus();
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
