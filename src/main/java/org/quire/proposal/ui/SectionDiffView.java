package org.quire.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.markdown.SafeHtml;
import org.quire.proposal.RenderedChanges;
import org.quire.proposal.SectionService;
import org.quire.revision.DiffSegment;
import org.quire.revision.TextDiff;

/** Word-level differences of two revisions: inline or side by side, on the source or rendered. */
@Route("proposals/:id/sections/:section/diff/:from/:to")
@PageTitle("Compare revisions · Quire")
@PermitAll
class SectionDiffView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionService sections;
    private final RenderedChanges renderedChanges;
    private final RadioButtonGroup<String> layout = new RadioButtonGroup<>("Layout", "Inline", "Side by side");
    private final RadioButtonGroup<String> form = new RadioButtonGroup<>("Show", "Source", "Rendered");
    private final Div changes = new Div();
    private TextDiff diff = TextDiff.between("", "");
    private int from;
    private int to;

    SectionDiffView(SectionService sections, RenderedChanges renderedChanges) {
        this.sections = sections;
        this.renderedChanges = renderedChanges;
        addClassName("section-diff");
        layout.setId("diff-layout");
        form.setId("diff-form");
        layout.setValue("Inline");
        form.setValue("Source");
        layout.addValueChangeListener(change -> showChanges());
        form.addValueChangeListener(change -> showChanges());
        changes.setId("changes");
        changes.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        from = SectionAddress.revisionParameter(event, "from");
        to = SectionAddress.revisionParameter(event, "to");
        diff = sections.diff(address.proposal(), address.section(), from, to);
        removeAll();
        add(new Anchor(ProposalRoutes.history(address.proposal(), address.section()), "← History"));
        add(new H1("“" + current.section().title() + "”: revision " + from + " → " + to));
        add(new Paragraph(diff.insertedWords() + " words added, " + diff.deletedWords() + " words removed."));
        add(new HorizontalLayout(layout, form), changes);
        showChanges();
    }

    private void showChanges() {
        changes.removeAll();
        boolean sideBySide = "Side by side".equals(layout.getValue());
        boolean rendered = "Rendered".equals(form.getValue());
        if (rendered && sideBySide) {
            var both = renderedChanges.sideBySide(diff);
            changes.add(columns(html(both.get(0)), html(both.get(1))));
        } else if (rendered) {
            changes.add(html(renderedChanges.inline(diff)));
        } else if (sideBySide) {
            changes.add(columns(new SourceChanges(diff, DiffSegment.Kind.DELETED), new SourceChanges(diff, DiffSegment.Kind.INSERTED)));
        } else {
            changes.add(new SourceChanges(diff, null));
        }
    }

    private HorizontalLayout columns(Component before, Component after) {
        var left = new Div(new H3("Revision " + from), before);
        var right = new Div(new H3("Revision " + to), after);
        left.setWidth("50%");
        right.setWidth("50%");
        var columns = new HorizontalLayout(left, right);
        columns.setWidthFull();
        return columns;
    }

    private static Div html(SafeHtml safe) {
        var container = new Div(new Html("<div>" + safe.html() + "</div>"));
        container.addClassName("markdown");
        return container;
    }
}
