package org.quire.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.quire.descriptor.DescriptorId;

/**
 * A descriptor's buttons: add a code indented under it (only an unindented code takes children:
 * CPT indents one level), move it among its siblings, remove it. Each button's accessible name says
 * which code it acts on, as the visible words alone repeat on every card.
 */
class DescriptorCardButtons extends Div {

    final Button addChild = new Button("Add indented code");
    final Button up = new Button("Move up");
    final Button down = new Button("Move down");
    final Button remove = new Button("Remove");

    DescriptorCardButtons(DescriptorId id, DescriptorCard.Actions actions) {
        addClassName("descriptor-card-buttons");
        addChild.setId("add-child-" + id.value());
        addChild.addClickListener(click -> actions.addChild(id));
        up.setId("move-up-" + id.value());
        up.addClickListener(click -> actions.move(id, -1));
        down.setId("move-down-" + id.value());
        down.addClickListener(click -> actions.move(id, 1));
        remove.setId("remove-" + id.value());
        remove.addClickListener(click -> actions.remove(id));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[] {addChild, up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        add(addChild, up, down, remove);
    }

    void name(String code, boolean indented) {
        addChild.setVisible(!indented);
        // each name starts with the visible words, as speech input users say those
        addChild.setAriaLabel("Add indented code under " + code);
        up.setAriaLabel("Move up (" + code + ")");
        down.setAriaLabel("Move down (" + code + ")");
        remove.setAriaLabel("Remove " + code);
    }

    /** Whether it can move: not past the first or last of its siblings. */
    void ends(boolean first, boolean last) {
        up.setEnabled(!first);
        down.setEnabled(!last);
    }
}
