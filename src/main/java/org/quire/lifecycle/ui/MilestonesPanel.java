package org.quire.lifecycle.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import org.jspecify.annotations.Nullable;
import org.quire.identity.PersonDirectory;
import org.quire.lifecycle.Milestone;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.ProposalId;
import org.quire.shared.InputRejected;

/** The lifecycle page's list of milestones: view one, compare two or one with today, make one by hand. */
class MilestonesPanel extends Section {

    private final Milestones milestones;
    private final PersonDirectory people;
    private final ProposalId proposal;
    private final Runnable changed;
    private final Div list = new Div();

    /** As the lifecycle page makes it: the directory of names comes from the application. */
    MilestonesPanel(Milestones milestones, ProposalId proposal, Runnable changed) {
        this(milestones, VaadinService.getCurrent().getInstantiator().getOrCreate(PersonDirectory.class), proposal,
                changed);
    }

    MilestonesPanel(Milestones milestones, PersonDirectory people, ProposalId proposal, Runnable changed) {
        this.milestones = milestones;
        this.people = people;
        this.proposal = proposal;
        this.changed = changed;
        setId("milestones");
        addClassName("milestones-panel");
        var heading = new H2("Milestones");
        heading.setId("milestones-heading");
        getElement().setAttribute("aria-labelledby", "milestones-heading");
        list.setId("milestone-list-holder");
        add(heading, list);
        showList();
        if (milestones.mayCapture(proposal)) {
            add(captureForm());
        }
    }

    private void showList() {
        list.removeAll();
        var all = milestones.list(proposal);
        if (all.isEmpty()) {
            var none = new Paragraph("No milestones yet: one is made when the proposal enters a comment period, "
                    + "workgroup approval or submission, or by hand.");
            none.addClassName("empty-state");
            none.setId("no-milestones");
            list.add(none);
            return;
        }
        var items = new OrderedList();
        items.setId("milestone-list");
        items.addClassName("milestone-list");
        for (int i = 0; i < all.size(); i++) {
            items.add(item(all.get(i), i == 0 ? null : all.get(i - 1)));
        }
        list.add(items);
    }

    private ListItem item(Milestone milestone, @Nullable Milestone previous) {
        var id = milestone.id();
        var name = new Anchor(MilestoneRoutes.milestone(proposal, id), milestone.name());
        name.addClassName("milestone-name");
        var title = new H3(name);
        var entered = milestone.entered();
        if (entered != null) {
            var badge = new Span("On entering " + entered.label());
            badge.addClassNames("state-badge", "milestone-on-entry");
            title.add(new Span(" "), badge);
        }
        var made = new Paragraph(MilestoneWords.made(people, milestone));
        made.addClassName("milestone-made");
        var today = new Anchor(MilestoneRoutes.compare(proposal, id, null), "Compare with today");
        today.setId("compare-today-" + id.value());
        var links = new Div(today);
        links.addClassName("milestone-links");
        if (previous != null) {
            var withPrevious = new Anchor(MilestoneRoutes.compare(proposal, previous.id(), id),
                    "Compare with “" + previous.name() + "”");
            withPrevious.setId("compare-previous-" + id.value());
            links.add(withPrevious);
        }
        var item = new ListItem(title, made, links);
        item.addClassName("milestone");
        item.getElement().setAttribute("data-milestone-id", id.value());
        return item;
    }

    private Div captureForm() {
        var name = new TextField("Name of the new milestone");
        name.setId("milestone-name");
        name.setMaxLength(Milestone.MAX_NAME);
        name.setHelperText("Freezes the whole proposal as it reads now: sections, their order, texts and code "
                + "descriptors.");
        name.setWidth("28rem");
        var outcome = new Paragraph();
        outcome.setId("milestone-outcome");
        outcome.getElement().setAttribute("role", "status");
        var make = new Button("Make a milestone", click -> capture(name, outcome));
        make.setId("make-milestone");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickShortcut(Key.ENTER).listenOn(name);
        var form = new Div(new H3("Make a milestone"), name, make, outcome);
        form.setId("milestone-form");
        form.addClassName("milestone-form");
        return form;
    }

    private void capture(TextField name, Paragraph outcome) {
        try {
            var made = milestones.capture(proposal, name.getValue());
            name.clear();
            name.setInvalid(false);
            outcome.setText("Milestone “" + made.name() + "” made.");
            showList();
            changed.run();
        } catch (InputRejected rejected) {
            name.setErrorMessage(String.join(" ", rejected.problems()));
            name.setInvalid(true);
            outcome.setText("");
        }
    }
}
