package org.quire.proposal.ui;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.revision.Revision;
import org.quire.revision.SaveOutcome;

/**
 * Every revision of a section, newest first, a page at a time: compare any two, restore an earlier
 * one (as a new revision), see who wrote each line.
 */
@Route("proposals/:id/sections/:section/history")
@PageTitle("History · Quire")
@PermitAll
class SectionHistoryView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final SectionService sections;
    private final ProposalService proposals;
    private final PersonDirectory people;
    private final Grid<Revision> grid = new Grid<>();
    private final List<Revision> shown = new ArrayList<>();
    private final Button older = new Button("Older revisions");
    private SectionAddress address = new SectionAddress(new org.quire.proposal.ProposalId(""),
            new org.quire.proposal.SectionId(""));
    private @Nullable Integer nextBefore;
    private int headNumber;

    SectionHistoryView(SectionService sections, ProposalService proposals, PersonDirectory people) {
        this.sections = sections;
        this.proposals = proposals;
        this.people = people;
        addClassName("section-history");
        grid.setId("revisions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAllRowsVisible(true);
        older.setId("older-revisions");
        older.addClickListener(click -> loadPage());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        headNumber = current.head().number();
        var mayRestore = proposals.permissions(address.proposal()).restore();
        removeAll();
        grid.removeAllColumns();
        shown.clear();
        nextBefore = null;
        add(new Anchor(ProposalRoutes.proposal(address.proposal()), "← " + current.proposal().number() + " "
                + current.proposal().title()));
        add(new H1("History of “" + current.section().title() + "”"));
        add(new Paragraph("Select two revisions to compare them."));
        columns(mayRestore);
        var compare = new Button("Compare selected", click -> compareSelected());
        compare.setId("compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var blame = new Anchor(ProposalRoutes.blame(address.proposal(), address.section(), headNumber),
                "Who wrote each line");
        add(new HorizontalLayout(compare, blame), grid, older);
        loadPage();
    }

    private void columns(boolean mayRestore) {
        grid.addComponentColumn(r -> new Anchor(ProposalRoutes.revision(address.proposal(), address.section(),
                r.number()), "#" + r.number())).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AuthorNames.nameWithSuggesters(people, r)).setHeader("Author").setAutoWidth(true);
        grid.addColumn(r -> ProposalListView.WHEN.format(r.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(Revision::summary).setHeader("Summary").setFlexGrow(1);
        grid.addColumn(r -> (r.lengthChange() >= 0 ? "+" : "") + r.lengthChange()).setHeader("Size change")
                .setAutoWidth(true).setFlexGrow(0);
        if (mayRestore) {
            grid.addComponentColumn(r -> r.number() == headNumber ? new Span("current")
                    : restoreButton(r)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private void loadPage() {
        var page = sections.history(address.proposal(), address.section(), nextBefore, PAGE_SIZE);
        shown.addAll(page.revisions());
        nextBefore = page.nextBefore();
        grid.setItems(shown);
        older.setVisible(nextBefore != null);
    }

    private void compareSelected() {
        var selected = grid.getSelectedItems().stream().mapToInt(Revision::number).sorted().toArray();
        if (selected.length != 2) {
            new ConfirmDialog("Compare two revisions", "Select exactly two revisions to compare.", "OK", e -> { })
                    .open();
            return;
        }
        UI.getCurrent().navigate(ProposalRoutes.diff(address.proposal(), address.section(), selected[0],
                selected[1]));
    }

    private Button restoreButton(Revision revision) {
        var button = new Button("Restore", click -> {
            var confirm = new ConfirmDialog("Restore revision " + revision.number() + "?",
                    "Its text becomes a new revision on top of revision " + headNumber + "; nothing is deleted.",
                    "Restore", confirmed -> restore(revision));
            confirm.setCancelable(true);
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Restore revision " + revision.number());
        return button;
    }

    private void restore(Revision revision) {
        var outcome = sections.restore(address.proposal(), address.section(), revision.number(), headNumber);
        if (outcome instanceof SaveOutcome.Conflicted) {
            new ConfirmDialog("Not restored", "Someone saved this section meanwhile; reload the history and try "
                    + "again.", "OK", e -> { }).open();
        }
        UI.getCurrent().getPage().reload();
    }
}
