package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.quire.descriptor.ChangeMarkup;

/**
 * A text's word changes as real {@code del}/{@code ins} elements, each given its words as text (never
 * parsed as markup), styled like the section diff's changes.
 */
class MarkedWords extends Span {

    MarkedWords(ChangeMarkup markup) {
        addClassName("marked-words");
        for (var run : markup.runs()) {
            getElement().appendChild(switch (run.kind()) {
                case KEPT, SEPARATOR -> new Element("span").setText(run.text());
                case DELETED -> new Element("del").setText(run.text()).setAttribute("class", "change-deleted");
                case INSERTED -> new Element("ins").setText(run.text()).setAttribute("class", "change-inserted");
            });
        }
    }
}
