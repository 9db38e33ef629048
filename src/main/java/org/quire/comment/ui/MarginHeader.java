package org.quire.comment.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.quire.comment.CommentThread;
import org.quire.comment.ReviewPermissions;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.proposal.ui.ReaderPage;

/**
 * The top of the margin: its heading with the counts, "Comment on the whole proposal" (or why one
 * cannot comment now), "Accept selected (n)", the last problem, and a polite live region that
 * announces comments arriving from others.
 */
final class MarginHeader extends Div {

    static final String HEADING_ID = "comments-heading";

    private final Paragraph counts = new Paragraph();
    private final Button acceptSelected;
    private final Paragraph problem = new Paragraph();
    private final Paragraph news = new Paragraph();
    private final boolean decides;

    MarginHeader(ReviewPermissions permissions, Runnable commentOnProposal, Runnable accept) {
        addClassName("margin-header");
        decides = permissions.decideSuggestions();
        var heading = new H2("Comments");
        heading.setId(HEADING_ID);
        counts.setId("thread-counts");
        counts.addClassName("thread-counts");
        add(heading, counts);
        if (permissions.comment()) {
            var whole = new Button("Comment on the whole proposal", click -> commentOnProposal.run());
            whole.setId("comment-on-proposal");
            whole.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(whole);
        } else {
            var why = new Paragraph(permissions.whyNotComment() != null ? permissions.whyNotComment()
                    : "You can read the comments but not write them.");
            why.setId("why-no-comment");
            why.addClassName("review-note");
            add(why);
        }
        acceptSelected = new Button("Accept selected", click -> accept.run());
        acceptSelected.setId("accept-selected");
        acceptSelected.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        acceptSelected.setVisible(false);
        problem.setId("margin-problem");
        problem.addClassName("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        news.setId("thread-news");
        news.addClassName("visually-hidden");
        news.getElement().setAttribute("aria-live", "polite");
        add(acceptSelected, problem, news);
    }

    void count(List<CommentThread> threads, int selected) {
        long open = threads.stream().filter(t -> t.status() == ThreadStatus.OPEN).count();
        long resolved = threads.size() - open;
        counts.setText(threads.isEmpty() ? "None yet" : open + " open, " + resolved + " resolved");
        acceptSelected.setText("Accept selected (" + selected + ")");
        acceptSelected.setVisible(decides && selected > 0);
    }

    /** What the list says when it shows no thread: none yet, or none the filters let through. */
    static Paragraph emptyState(boolean anyThreads, boolean mayComment) {
        var empty = new Paragraph(anyThreads ? "No thread matches these filters"
                : mayComment ? "No comments yet — select text to comment" : "No comments yet");
        empty.setId("threads-empty");
        empty.addClassName("empty-state");
        return empty;
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Tells screen readers about threads started and comments written since {@code before}. */
    void announce(List<CommentThread> before, List<CommentThread> after, ReaderPage page) {
        Map<ThreadId, Integer> known = before.stream()
                .collect(Collectors.toMap(CommentThread::id, t -> t.comments().size(), (a, b) -> a));
        var added = after.stream().filter(t -> !known.containsKey(t.id())
                || known.get(t.id()) < t.comments().size()).map(t -> ThreadPlace.label(t, page)).distinct().toList();
        if (!added.isEmpty()) {
            news.setText("New comment on " + String.join(", ", added));
        }
    }
}
