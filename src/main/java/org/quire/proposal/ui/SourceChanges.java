package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.quire.revision.DiffSegment;
import org.quire.revision.TextDiff;

/**
 * The Markdown source with its changes marked as real {@code del}/{@code ins} elements (so screen
 * readers announce them too); {@code shown} limits it to one side, null shows both.
 */
class SourceChanges extends Div {

    SourceChanges(TextDiff diff, DiffSegment.@Nullable Kind shown) {
        addClassName("diff-source");
        for (var segment : diff.segments()) {
            switch (segment.kind()) {
                case EQUAL -> getElement().appendChild(new Element("span").setText(segment.text()));
                case DELETED, INSERTED -> {
                    if (shown == null || shown == segment.kind()) {
                        getElement().appendChild(marked(segment));
                    }
                }
            }
        }
    }

    private static Element marked(DiffSegment segment) {
        boolean deleted = segment.kind() == DiffSegment.Kind.DELETED;
        return new Element(deleted ? "del" : "ins").setText(segment.text())
                .setAttribute("class", deleted ? "change-deleted" : "change-inserted");
    }
}
