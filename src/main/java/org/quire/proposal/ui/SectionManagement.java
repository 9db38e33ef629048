package org.quire.proposal.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.proposal.ConcurrentChange;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.Section;
import org.quire.proposal.SectionKind;
import org.quire.shared.InputRejected;

/** Adding, renaming, reordering and removing sections; removals can be undone. */
class SectionManagement extends Details {

    private final Proposal proposal;
    private final ProposalService proposals;
    private final Runnable refresh;

    SectionManagement(Proposal proposal, ProposalService proposals, Runnable refresh) {
        super(new Span("Arrange sections"));
        this.proposal = proposal;
        this.proposals = proposals;
        this.refresh = refresh;
        setId("arrange-sections");
        addClassName("section-management");
        var rows = new Div();
        for (var section : proposal.currentSections()) {
            rows.add(row(section));
        }
        add(rows, addSection());
        if (!proposal.removedSections().isEmpty()) {
            add(new H3("Removed sections"));
            for (var section : proposal.removedSections()) {
                var undo = new Button("Undo removal", click -> act(() -> proposals.undoRemoval(proposal.id(),
                        section.id())));
                add(new HorizontalLayout(new Span(section.title()), undo));
            }
        }
    }

    private HorizontalLayout row(Section section) {
        var title = new TextField();
        title.setValue(section.title());
        title.setMaxLength(Section.MAX_TITLE);
        title.setAriaLabel("Title of " + section.title());
        var rename = new Button("Rename", click -> act(() -> proposals.renameSection(proposal.id(), section.id(),
                title.getValue())));
        var up = iconButton(VaadinIcon.ARROW_UP, "Move " + section.title() + " up",
                () -> proposals.moveSection(proposal.id(), section.id(), -1));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move " + section.title() + " down",
                () -> proposals.moveSection(proposal.id(), section.id(), 1));
        var remove = new Button("Remove", click -> {
            var confirm = new ConfirmDialog("Remove “" + section.title() + "”?",
                    "The section and its history are kept; you can undo the removal.", "Remove",
                    confirmed -> act(() -> proposals.removeSection(proposal.id(), section.id())));
            confirm.setCancelable(true);
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(title, rename, up, down, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout addSection() {
        var kind = new Select<SectionKind>();
        kind.setAriaLabel("Kind of section");
        kind.setItems(SectionKind.values());
        kind.setItemLabelGenerator(SectionKind::label);
        kind.setValue(SectionKind.OTHER);
        var title = new TextField();
        title.setPlaceholder("Title of the new section");
        title.setAriaLabel("Title of the new section");
        title.setMaxLength(Section.MAX_TITLE);
        kind.addValueChangeListener(change -> {
            if (title.isEmpty() && change.getValue() != null) {
                title.setValue(change.getValue().label());
            }
        });
        var add = new Button("Add section", VaadinIcon.PLUS.create(),
                click -> act(() -> proposals.addSection(proposal.id(), kind.getValue(), title.getValue())));
        add.setId("add-section");
        var row = new HorizontalLayout(kind, title, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Button iconButton(VaadinIcon icon, String label, Supplier<Proposal> action) {
        var button = new Button(icon.create(), click -> act(action::get));
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh.run();
        } catch (InputRejected | ConcurrentChange problem) {
            Notification.show(problem.getMessage(), 5_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
