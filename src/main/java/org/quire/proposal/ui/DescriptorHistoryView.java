package org.quire.proposal.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.revision.Revision;

/**
 * Every revision of a descriptor set, newest first, a page at a time: view one, compare it with the
 * one before, restore it (as a new revision; see {@link DescriptorRestore}).
 */
@Route("proposals/:id/descriptors/history")
@PageTitle("Descriptor history · Quire")
@PermitAll
class DescriptorHistoryView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final DescriptorSetService descriptorSets;
    private final ProposalService proposals;
    private final PersonDirectory people;
    private final Grid<Revision> grid = new Grid<>();
    private final List<Revision> shown = new ArrayList<>();
    private final Button older = new Button("Older revisions");
    private final Paragraph outcome = new Paragraph();
    private ProposalId proposal = new ProposalId("");
    private @Nullable Integer nextBefore;
    private int headNumber;
    private boolean mayRestore;

    DescriptorHistoryView(DescriptorSetService descriptorSets, ProposalService proposals, PersonDirectory people) {
        this.descriptorSets = descriptorSets;
        this.proposals = proposals;
        this.people = people;
        addClassName("section-history");
        grid.setId("descriptor-revisions");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No revisions yet.");
        older.setId("older-revisions");
        older.addClickListener(click -> loadPage());
        outcome.setId("restore-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("status-line");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        proposal = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        mayRestore = proposals.permissions(proposal).restore();
        outcome.setText("");
        reload();
    }

    private void reload() {
        var current = descriptorSets.read(proposal);
        headNumber = current.head().number();
        removeAll();
        grid.removeAllColumns();
        shown.clear();
        nextBefore = null;
        add(new Anchor(ProposalRoutes.descriptors(proposal), "← Code descriptors of " + current.proposal().number()
                + " " + current.proposal().title()));
        add(new H1("History of the code descriptors"));
        columns();
        add(outcome, grid, older);
        loadPage();
    }

    private void columns() {
        grid.addComponentColumn(r -> new Anchor(ProposalRoutes.descriptorRevision(proposal, r.number()),
                "#" + r.number())).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> AuthorNames.name(people, r)).setHeader("Author").setAutoWidth(true);
        grid.addColumn(r -> ProposalListView.WHEN.format(r.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(Revision::summary).setHeader("Summary").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }

    private Component actions(Revision revision) {
        var actions = new Div();
        actions.addClassName("revision-actions");
        var view = new Anchor(ProposalRoutes.descriptorRevision(proposal, revision.number()), "View");
        view.setAriaLabel("View revision " + revision.number());
        actions.add(view);
        if (revision.number() > 1) {
            var compare = new Anchor(ProposalRoutes.descriptorDiff(proposal, revision.number() - 1,
                    revision.number()), "Compare with previous");
            compare.setAriaLabel("Compare with previous: revision " + (revision.number() - 1) + " and "
                    + revision.number());
            actions.add(compare);
        }
        if (mayRestore) {
            actions.add(revision.number() == headNumber ? new Span("current") : restoreButton(revision));
        }
        return actions;
    }

    private void loadPage() {
        var page = descriptorSets.history(proposal, nextBefore, PAGE_SIZE);
        shown.addAll(page.revisions());
        nextBefore = page.nextBefore();
        grid.setItems(shown);
        older.setVisible(nextBefore != null);
    }

    private Button restoreButton(Revision revision) {
        var button = new Button("Restore", click -> {
            var confirm = new ConfirmDialog("Restore revision " + revision.number() + "?",
                    "Its descriptors become a new revision on top of revision " + headNumber
                            + "; nothing is deleted.", "Restore", confirmed -> restore(revision));
            confirm.setCancelable(true);
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Restore revision " + revision.number());
        return button;
    }

    private void restore(Revision revision) {
        var result = descriptorSets.restore(proposal, revision.number(), headNumber);
        var message = DescriptorRestore.message(revision.number(), result, people);
        reload();
        outcome.setText(message);
    }
}
