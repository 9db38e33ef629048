package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.markdown.MarkdownRenderer;
import org.quire.proposal.SectionService;

/** One revision of a section, rendered, with who saved it and why. */
@Route("proposals/:id/sections/:section/revisions/:number")
@PageTitle("Revision · Quire")
@PermitAll
class SectionRevisionView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionService sections;
    private final PersonDirectory people;
    private final MarkdownRenderer markdown;

    SectionRevisionView(SectionService sections, PersonDirectory people, MarkdownRenderer markdown) {
        this.sections = sections;
        this.people = people;
        this.markdown = markdown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var address = SectionAddress.of(event);
        int number = SectionAddress.revisionParameter(event, "number");
        var revision = sections.revision(address.proposal(), address.section(), number);
        var text = sections.textAt(address.proposal(), address.section(), number);
        removeAll();
        add(new Anchor(ProposalRoutes.history(address.proposal(), address.section()), "← History"));
        add(new H1("Revision " + number));
        add(new Paragraph("Saved by " + AuthorNames.name(people, revision) + " on "
                + ProposalListView.WHEN.format(revision.at())
                + (revision.summary().isBlank() ? "." : ": " + revision.summary())));
        if (!revision.suggestedBy().isEmpty()) {
            var suggested = new Paragraph("It applies edits suggested by " + AuthorNames.suggesters(people, revision)
                    + ".");
            suggested.setId("suggested-by");
            add(suggested);
        }
        add(new MarkdownView(markdown, text));
    }
}
