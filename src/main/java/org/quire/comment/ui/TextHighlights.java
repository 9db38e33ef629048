package org.quire.comment.ui;

import java.util.List;
import java.util.function.Consumer;

import org.quire.comment.CommentThread;
import org.quire.comment.ThreadId;
import org.quire.proposal.ui.ReaderPage;

/**
 * The reader's text side of comments: highlights commented passages (a suggested edit as a tracked
 * change, original struck and replacement inserted), reports the passage a reader selects as a range
 * of the Markdown source, and lets a reader pick a descriptor.
 */
class TextHighlights {

    TextHighlights(ReaderPage page) {
    }

    /** Paints the passages of these threads (others' highlights are removed). */
    void show(List<CommentThread> threads) {
    }

    void onSelection(Consumer<SelectedPassage> listener) {
    }

    void onDescriptorPicked(Consumer<PickedDescriptor> listener) {
    }

    void onHighlightClicked(Consumer<ThreadId> listener) {
    }

    /** Scrolls the thread's passage into view and marks it as the one in focus. */
    void focus(ThreadId thread) {
    }
}
