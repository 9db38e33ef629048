package org.quire.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.SectionService;
import org.quire.revision.BlameLine;

/** Who last changed each line (a paragraph, in Markdown) of a revision, linked to that revision. */
@Route("proposals/:id/sections/:section/blame/:revision")
@PageTitle("Who wrote what · Quire")
@PermitAll
class SectionBlameView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionService sections;
    private final PersonDirectory people;

    SectionBlameView(SectionService sections, PersonDirectory people) {
        this.sections = sections;
        this.people = people;
        addClassName("section-blame");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        int number = SectionAddress.revisionParameter(event, "revision");
        var lines = sections.blame(address.proposal(), address.section(), number);
        removeAll();
        add(new Anchor(ProposalRoutes.history(address.proposal(), address.section()), "← History"));
        add(new H1("Who wrote “" + current.section().title() + "” (revision " + number + ")"));
        var grid = new Grid<BlameLine>();
        grid.setId("blame");
        grid.addColumn(BlameLine::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(line -> new Anchor(ProposalRoutes.revision(address.proposal(), address.section(),
                line.revision().number()), "#" + line.revision().number() + " "
                + AuthorNames.name(people, line.revision()))).setHeader("Last changed in").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(line -> {
            var text = new Span(line.text());
            text.addClassName("blame-text");
            return text;
        }).setHeader("Text").setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
