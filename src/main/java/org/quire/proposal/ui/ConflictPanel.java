package org.quire.proposal.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import org.quire.revision.ConflictRegion;

/**
 * Theirs and yours side by side when your text overlaps a change saved meanwhile, the overlapping
 * passages marked. The editor then holds their changes plus yours, with yours where you both changed
 * the same words; nothing is saved (and your text stays your private draft) until you save again.
 */
class ConflictPanel extends Div {

    /** The two texts in conflict, the regions where they overlap, and who wrote theirs. */
    record Conflict(String theirs, int theirRevision, String theirAuthors, String mine,
            List<ConflictRegion> regions) {
    }

    ConflictPanel(Conflict conflict) {
        setId("conflict");
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        add(new H2("Your change overlaps a change saved meanwhile"));
        add(new Paragraph("Nothing was saved yet. " + conflict.theirAuthors() + " changed the same passages ("
                + conflict.regions().size() + " overlapping, marked below). The editor now holds their changes "
                + "and yours; where you both changed the same words it holds yours. Bring in what you want to keep "
                + "from theirs, then save. Your own text is kept as your private draft until you do."));
        var theirs = column("Theirs (revision " + conflict.theirRevision() + ")", conflict.theirs(),
                conflict.regions().stream().map(r -> new int[] {r.theirsStart(), r.theirsEnd()}).toList());
        var mine = column("Yours", conflict.mine(),
                conflict.regions().stream().map(r -> new int[] {r.mineStart(), r.mineEnd()}).toList());
        var columns = new HorizontalLayout(theirs, mine);
        columns.setWidthFull();
        add(columns);
    }

    /** The text with the overlapping ranges in {@code mark} elements. */
    private static Div column(String title, String text, List<int[]> overlaps) {
        var pre = new Pre();
        pre.addClassName("conflict-text");
        pre.getElement().setAttribute("tabindex", "0");
        pre.getElement().setAttribute("aria-label", title);
        int at = 0;
        for (var range : overlaps.stream().sorted(Comparator.comparingInt(r -> r[0])).toList()) {
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
