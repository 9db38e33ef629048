package org.quire.lifecycle.ui;

import com.vaadin.flow.component.html.Anchor;
import org.quire.proposal.ui.ReaderAnnotations;
import org.quire.proposal.ui.ReaderPage;
import org.springframework.stereotype.Component;

/** Beside the reader's state badge: the way to the lifecycle page (steps, vote, milestones, Panel meeting). */
@Component
class LifecycleLink implements ReaderAnnotations {

    @Override
    public void annotate(ReaderPage page) {
        var link = new Anchor(LifecycleView.path(page.proposal().id()), "Lifecycle and next steps");
        link.setId("lifecycle-link");
        link.addClassName("lifecycle-link");
        page.header().add(link);
    }
}
