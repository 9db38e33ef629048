package org.quire.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.quire.descriptor.DescriptorConflict;
import org.quire.proposal.DescriptorSaveOutcome;

/**
 * What both sides changed differently when the person's save met a revision saved meanwhile: per
 * conflict, theirs and yours. Nothing was saved; the form still holds the person's set. One button
 * puts the merged set (their changes and all of the person's, the person's where both changed the
 * same thing) into the form on top of their revision, so the next save goes through.
 */
class DescriptorConflictPanel extends Div {

    DescriptorConflictPanel(DescriptorSaveOutcome.Conflicted conflicted, String theirAuthors, Runnable useResolution) {
        setId("conflict");
        addClassName("conflict");
        addClassName("descriptor-conflict");
        getElement().setAttribute("role", "alert");
        var count = conflicted.conflicts().size();
        add(new H2("Your changes overlap changes saved meanwhile"));
        add(new Paragraph("Nothing was saved. " + theirAuthors + " changed the same things as you ("
                + count + (count == 1 ? " conflict" : " conflicts") + ", below). Your set is still in the form "
                + "as you left it."));
        var list = new UnorderedList();
        list.addClassName("conflict-list");
        int revision = conflicted.head().number();
        conflicted.conflicts().forEach(conflict -> list.add(entry(conflict, revision)));
        add(list);
        var use = new Button("Use the merged set with my choices", click -> {
            useResolution.run();
            removeFromParent();
        });
        use.setId("use-resolution");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("The merged set is revision " + revision + " with every change of yours; where you both "
                + "changed the same thing, it has yours. Put it in the form, check the codes above, change what "
                + "you want of theirs back, then save: nothing of yours or theirs is lost."), use);
    }

    private static ListItem entry(DescriptorConflict conflict, int revision) {
        var message = new Paragraph(conflict.message());
        message.addClassName("conflict-message");
        var sides = new Div(side("Theirs (revision " + revision + ")", conflict.theirs()),
                side("Yours", conflict.mine()));
        sides.addClassName("conflict-sides");
        var item = new ListItem(message, sides);
        item.addClassName("conflict-entry");
        return item;
    }

    private static Div side(String title, String value) {
        var text = new Span(value.isEmpty() ? "(nothing)" : value);
        text.addClassName("conflict-value");
        var side = new Div(new H3(title), text);
        side.addClassName("conflict-side");
        return side;
    }
}
