package org.quire.comment.ui;

import org.quire.proposal.ui.ReaderAnnotations;
import org.quire.proposal.ui.ReaderPage;
import org.springframework.stereotype.Component;

/** Puts comments into the reader view: highlights in the text, threads in the margin, wired together. */
@Component
class ReviewMargin implements ReaderAnnotations {

    private final ReviewActions actions;

    ReviewMargin(ReviewActions actions) {
        this.actions = actions;
    }

    @Override
    public void annotate(ReaderPage page) {
        var threads = actions.threads().threads(page.proposal().id());
        var panel = new ThreadPanel(page, threads, actions);
        var highlights = new TextHighlights(page, panel.mayComment());
        highlights.show(threads);
        highlights.onSelection(panel::compose);
        highlights.onDescriptorPicked(panel::compose);
        highlights.onHighlightClicked(panel::focus);
        panel.onThreadFocused(highlights::focus);
        panel.onThreadsChanged(highlights::show);
        page.margin().add(panel);
    }
}
