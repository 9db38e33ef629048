package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Where the section editor says what became of a save: messages, problems, the conflict view. */
class SaveMessages extends Div {

    SaveMessages() {
        setId("save-outcome");
        getElement().setAttribute("aria-live", "polite");
    }

    void say(String message) {
        removeAll();
        var paragraph = new Paragraph(message);
        paragraph.addClassName("save-message");
        add(paragraph);
    }

    void warn(String message) {
        removeAll();
        var paragraph = new Paragraph(message);
        paragraph.addClassName("save-problem");
        paragraph.getElement().setAttribute("role", "alert");
        add(paragraph);
    }

    void conflict(ConflictPanel.Conflict conflict) {
        removeAll();
        add(new ConflictPanel(conflict));
    }
}
