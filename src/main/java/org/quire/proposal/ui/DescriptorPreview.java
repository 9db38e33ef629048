package org.quire.proposal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;

/**
 * The set as the Panel will read it, rendered in CPT style while the person edits. Rendering the
 * largest set the limits allow takes up to a second (DD009), so after the first one it runs off the
 * request thread; while one renders, later changes wait and only the newest is rendered next.
 */
class DescriptorPreview extends Div {

    private final InBackground tab;
    private @Nullable DescriptorSet shown;
    private @Nullable DescriptorSet wanted;
    private boolean rendering;

    DescriptorPreview(InBackground tab) {
        this.tab = tab;
        setId("descriptor-preview");
        addClassName("editor-preview");
        addClassName("descriptor-preview");
    }

    /** Renders on this thread: for the page as it opens. */
    void showNow(DescriptorSet set) {
        wanted = set;
        display(set, DescriptorRendering.render(set).html());
    }

    /** Renders in the background; the preview changes when it is done. */
    void show(DescriptorSet set) {
        wanted = set;
        if (!rendering && !set.equals(shown)) {
            renderWanted();
        }
    }

    private void renderWanted() {
        var set = wanted;
        if (set == null) {
            return;
        }
        rendering = true;
        tab.run(() -> DescriptorRendering.render(set).html(), html -> {
            rendering = false;
            display(set, html);
            if (wanted != null && !wanted.equals(set)) {
                renderWanted();
            }
        }, problem -> {
            rendering = false;
            removeAll();
            var note = new Paragraph("The preview could not be rendered (" + problem.getMessage()
                    + "). Your changes are still in the form.");
            note.addClassName("render-problem");
            add(note);
        });
    }

    private void display(DescriptorSet set, String html) {
        shown = set;
        removeAll();
        if (set.families().isEmpty()) {
            var empty = new Paragraph("No codes yet: the preview shows the set as you add them.");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(new Html("<div class=\"descriptor-preview-body\">" + html + "</div>"));
    }
}
