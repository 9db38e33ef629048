package org.quire.comment.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import org.quire.comment.CommentThread;
import org.quire.comment.ThreadId;
import org.quire.proposal.ui.ReaderPage;

/**
 * The margin of the reader view: the proposal's threads in document order with filters, a composer
 * for a new comment or suggested edit, and each thread's replies and decisions.
 */
class ThreadPanel extends Div {

    ThreadPanel(ReaderPage page, List<CommentThread> threads, ReviewActions actions) {
        addClassName("thread-panel");
    }

    /** Opens the composer for a comment or suggestion on the selected passage. */
    void compose(SelectedPassage passage) {
    }

    /** Opens the composer for a comment on the descriptor. */
    void compose(PickedDescriptor descriptor) {
    }

    /** Shows the thread (scrolls to it, expands it). */
    void focus(ThreadId thread) {
    }

    void onThreadFocused(Consumer<ThreadId> listener) {
    }

    /** Called with the threads to highlight whenever the list changes (new, decided, filtered). */
    void onThreadsChanged(Consumer<List<CommentThread>> listener) {
    }
}
