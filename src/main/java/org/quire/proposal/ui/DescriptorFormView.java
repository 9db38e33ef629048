package org.quire.proposal.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.identity.PersonDirectory;
import org.quire.descriptor.DescriptorSet;
import org.quire.proposal.CurrentDescriptorSet;
import org.quire.proposal.DescriptorDrafts;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionService;
import org.quire.workgroup.AccessRefused;

/**
 * Editing a proposal's code descriptors in a form built for them: families and their codes, checked
 * against the CPT conventions as the person types (each problem next to its field, counted above),
 * a live preview in CPT style beside it, and saving with merge or conflict view
 * ({@link DescriptorSaving}). Only people who may edit the proposal get the form.
 */
@Route("proposals/:id/descriptors/edit")
@PermitAll
class DescriptorFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final DescriptorSetService descriptorSets;
    private final ProposalService proposals;
    private final PersonDirectory people;
    private final DescriptorDrafts drafts;
    private final DescriptorDraftStatus draftStatus = new DescriptorDraftStatus();
    private final TextField summary = new TextField("Summary of your change (optional)");
    private final Button save = new Button("Save");
    private final SaveMessages outcome = new SaveMessages();
    private @Nullable EditedDescriptorSet edited;
    private @Nullable DescriptorSaving saving;
    private @Nullable DraftAutosave<DescriptorSet> autosave;
    private String title = "Edit code descriptors · Quire";

    DescriptorFormView(DescriptorSetService descriptorSets, ProposalService proposals, PersonDirectory people,
            DescriptorDrafts drafts) {
        this.descriptorSets = descriptorSets;
        this.proposals = proposals;
        this.people = people;
        this.drafts = drafts;
        addClassName("descriptor-edit");
        summary.setId("change-summary");
        summary.setMaxLength(SectionService.MAX_SUMMARY);
        summary.addClassName("descriptor-change-summary");
        save.setId("save-descriptors");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        // the focused field hands over what was typed before the shortcut saves it
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.addClickShortcut(Key.KEY_S, KeyModifier.META).resetFocusOnActiveElement();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        var current = descriptorSets.read(id);
        if (!proposals.permissions(id).edit()) {
            throw new AccessRefused("You can read the code descriptors of " + current.proposal().number()
                    + ", but your role in its workgroup does not let you edit them.");
        }
        var ui = event.getUI();
        var tab = InBackground.forCurrentTab(ui);
        var opened = new EditedDescriptorSet(id);
        var problems = new ProblemSummary();
        var preview = new DescriptorPreview(tab);
        var form = new DescriptorForm(opened, problems, preview, outcome);
        var guard = new UnsavedGuard(ui);
        stopAutosave();
        var keeping = new DraftAutosave<DescriptorSet>(tab, new DescriptorDraftKeeper(drafts, id), draftStatus);
        autosave = keeping;
        opened.onChange(() -> {
            form.refresh();
            guard.unsaved(opened.unsaved());
            if (opened.unsaved()) {
                keeping.changed(opened.set(), opened.base());
            } else {
                keeping.forget(); // saved: the save discarded the server's draft
            }
        });
        preview.showNow(current.set());
        opened.load(current.head().number(), current.set(), current.set());
        edited = opened;
        saving = new DescriptorSaving(opened, tab, descriptorSets, people, summary, save, outcome);
        layOut(current, problems, form, preview);
        drafts.find(id).filter(draft -> !draft.set().equals(current.set())).ifPresent(draft -> addComponentAtIndex(
                2, new DescriptorDraftOffer(draft, current, opened, tab, descriptorSets, drafts, outcome)));
        title = "Code descriptors of " + current.proposal().number() + " · Quire";
        ui.getPage().setTitle(title);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (edited == null || !edited.unsaved()) {
            return;
        }
        var postponed = event.postpone();
        var confirm = new ConfirmDialog("Leave without saving?", "Your changes to the code descriptors are not "
                + "saved. If you leave now, they are lost.", "Leave without saving", leave -> {
                    edited = null;
                    stopAutosave();
                    postponed.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText("Stay and save");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void layOut(CurrentDescriptorSet current, ProblemSummary problems, DescriptorForm form,
            DescriptorPreview preview) {
        removeAll();
        var proposal = current.proposal();
        var back = new Anchor(ProposalRoutes.proposal(proposal.id()), "← " + proposal.number() + " "
                + proposal.title());
        var reading = new Anchor(ProposalRoutes.descriptors(proposal.id()), "Read the code descriptors");
        reading.setId("read-descriptors");
        var links = new Div(back, reading);
        links.addClassName("descriptor-edit-links");
        var heading = new H1("Code descriptors of " + proposal.number());
        heading.setId("descriptors-title");
        add(links, heading, new Paragraph("Each change is checked against the CPT conventions as you type; "
                + "problems appear next to their fields and are counted below. Errors must be corrected before "
                + "the set is marked ready for review, but you can save a draft with them. Ctrl+S (⌘S) saves."));
        var saveBar = new Div(summary, save, draftStatus);
        saveBar.addClassName("descriptor-save-bar");
        var previewColumn = new Div(new H2("Preview"), preview);
        previewColumn.addClassName("editor-preview-column");
        previewColumn.addClassName("descriptor-preview-column");
        previewColumn.getElement().setAttribute("role", "region");
        previewColumn.getElement().setAttribute("aria-label", "Preview");
        var columns = new Div(form, previewColumn);
        columns.addClassName("descriptor-editor-columns");
        add(problems, saveBar, outcome, columns);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopAutosave();
        super.onDetach(detachEvent);
    }

    private void stopAutosave() {
        if (autosave != null) {
            autosave.stop();
            autosave = null;
        }
    }

    private void save() {
        if (saving != null) {
            saving.save();
        }
    }
}
