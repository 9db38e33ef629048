package org.quire.proposal.ui;

import java.util.List;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.quire.identity.PersonDirectory;
import org.quire.markdown.MarkdownRenderer;
import org.quire.proposal.SectionService;
import org.quire.revision.SaveOutcome;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.springframework.dao.DataAccessException;

/**
 * Editing one section's Markdown (a plain text area until the editor component arrives). Whatever
 * happens on save — a merge, a conflict, a refusal, a database outage — the text stays in the field.
 */
@Route("proposals/:id/sections/:section/edit")
@PageTitle("Edit section · Quire")
@PermitAll
class SectionEditView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionService sections;
    private final PersonDirectory people;
    private final MarkdownRenderer markdown;
    private final TextArea text = new TextArea("Markdown");
    private final TextField summary = new TextField("Summary of your change (optional)");
    private final Div outcome = new Div();
    private SectionAddress address = new SectionAddress(new org.quire.proposal.ProposalId(""),
            new org.quire.proposal.SectionId(""));
    private int baseNumber;

    SectionEditView(SectionService sections, PersonDirectory people, MarkdownRenderer markdown) {
        this.sections = sections;
        this.people = people;
        this.markdown = markdown;
        addClassName("section-edit");
        text.setId("section-text");
        text.setWidthFull();
        text.setMinHeight("24rem");
        text.setMaxLength(MarkdownRenderer.MAX_BYTES);
        summary.setId("change-summary");
        summary.setWidthFull();
        summary.setMaxLength(SectionService.MAX_SUMMARY);
        outcome.setId("save-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        baseNumber = current.head().number();
        removeAll();
        add(new Anchor(ProposalRoutes.proposal(address.proposal()), "← " + current.proposal().number() + " "
                + current.proposal().title()));
        add(new H1(current.section().title()));
        add(new Paragraph("Editing on top of revision " + baseNumber + ". Ctrl+S saves."));
        text.setValue(current.text());
        var save = new Button("Save", click -> save());
        save.setId("save-section");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var history = new Anchor(ProposalRoutes.history(address.proposal(), address.section()), "History");
        add(text, summary, new HorizontalLayout(save, history), outcome);
    }

    private void save() {
        outcome.removeAll();
        try {
            var result = sections.save(address.proposal(), address.section(), baseNumber, text.getValue(),
                    summary.getValue());
            show(result);
        } catch (InputRejected | AccessRefused refused) {
            problem(refused.getMessage());
        } catch (DataAccessException outage) {
            problem("The database is not answering, so nothing was saved. Your text is still here: "
                    + "save again in a moment.");
        }
    }

    private void show(SaveOutcome result) {
        switch (result) {
            case SaveOutcome.Saved saved -> {
                baseNumber = saved.revision().number();
                summary.clear();
                message("Saved as revision " + baseNumber + ".");
            }
            case SaveOutcome.Merged merged -> {
                baseNumber = merged.revision().number();
                text.setValue(sections.textAt(address.proposal(), address.section(), baseNumber));
                summary.clear();
                message("Saved as revision " + baseNumber + ", merged with the changes of "
                        + AuthorNames.of(people, merged.mergedWith()) + " made meanwhile.");
            }
            case SaveOutcome.Conflicted conflicted -> {
                baseNumber = conflicted.head().number();
                outcome.add(new ConflictPanel(conflicted, AuthorNames.of(people, List.of(conflicted.head()))));
            }
            case SaveOutcome.Unchanged unchanged -> message("Nothing changed since revision "
                    + unchanged.head().number() + ".");
        }
    }

    private void message(String message) {
        var paragraph = new Paragraph(message);
        paragraph.addClassName("save-message");
        outcome.add(paragraph);
    }

    private void problem(String message) {
        var paragraph = new Paragraph(message);
        paragraph.addClassName("save-problem");
        paragraph.getElement().setAttribute("role", "alert");
        outcome.add(paragraph);
    }
}
