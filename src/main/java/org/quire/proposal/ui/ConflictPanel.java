package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import org.quire.revision.SaveOutcome;

/**
 * Theirs and yours side by side when a save overlapped another person's change. Nothing was saved;
 * your text stays in the editor until you resolve and save again.
 */
class ConflictPanel extends Div {

    ConflictPanel(SaveOutcome.Conflicted conflict, String theirAuthors) {
        setId("conflict");
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        add(new H2("Your change overlaps a change saved meanwhile"));
        add(new Paragraph("Nothing was saved. " + theirAuthors + " changed the same passages ("
                + conflict.regions().size() + " overlapping). Your text is still in the editor: bring in what you "
                + "want to keep from theirs, then save again."));
        var theirs = column("Theirs (revision " + conflict.head().number() + ")", conflict.theirs(),
                conflict.regions().stream().map(r -> new int[] {r.theirsStart(), r.theirsEnd()})
                        .sorted(java.util.Comparator.comparingInt(r -> r[0])).toList());
        var mine = column("Yours", conflict.mine(),
                conflict.regions().stream().map(r -> new int[] {r.mineStart(), r.mineEnd()})
                        .sorted(java.util.Comparator.comparingInt(r -> r[0])).toList());
        var columns = new HorizontalLayout(theirs, mine);
        columns.setWidthFull();
        add(columns);
    }

    /** The text with the overlapping ranges in {@code mark} elements. */
    private static Div column(String title, String text, List<int[]> overlaps) {
        var pre = new Pre();
        pre.addClassName("conflict-text");
        int at = 0;
        for (var range : overlaps) {
            pre.getElement().appendChild(Element.createText(text.substring(at, range[0])));
            pre.getElement().appendChild(new Element("mark").setText(text.substring(range[0], range[1]))
                    .setAttribute("class", "overlap").setAttribute("title", "changed on both sides"));
            at = range[1];
        }
        pre.getElement().appendChild(Element.createText(text.substring(at)));
        var column = new Div(new H3(title), pre);
        column.addClassName("conflict-column");
        column.setWidth("50%");
        return column;
    }
}
