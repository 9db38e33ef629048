package org.quire.proposal.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.ui.MarkdownEditor;
import org.quire.proposal.Presence;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalUpdates;
import org.quire.proposal.SectionDraft;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionService;
import org.quire.proposal.SectionText;
import org.quire.shared.Subscription;
import org.quire.storage.StoreStatus;

/**
 * Writing one section: the Markdown editor with a live preview, autosave to the browser and (every
 * few seconds) to a private draft on the server, saving with merge or conflict view
 * ({@link SaveFlow}), others' saves arriving while open ({@link CatchUp}), unsaved text offered back
 * ({@link DraftRecovery}), and who else is here. Database work runs off the request thread.
 */
@Route("proposals/:id/sections/:section/edit")
@PageTitle("Edit section · Quire")
@PermitAll
class SectionEditView extends VerticalLayout implements BeforeEnterObserver {

    private final SectionService sections;
    private final SectionDrafts drafts;
    private final PersonDirectory people;
    private final MarkdownRenderer markdown;
    private final StoreStatus store;
    private final CurrentPerson currentPerson;
    private final LiveProposal live;
    private final MarkdownEditor editor = new MarkdownEditor("Markdown text of the section");
    private final Div preview = new Div();
    private final TextField summary = new TextField("Summary of your change (optional)");
    private final Button save = new Button("Save");
    private final Span autosaveStatus = new Span();
    private final SaveMessages outcome = new SaveMessages();
    private EditorNotices notices = new EditorNotices();
    private @Nullable EditedSection section;
    private @Nullable SaveFlow saveFlow;
    private @Nullable DraftRecovery recovery;
    private @Nullable Subscription storeWatch;

    SectionEditView(SectionService sections, SectionDrafts drafts, PersonDirectory people, MarkdownRenderer markdown,
            StoreStatus store, CurrentPerson currentPerson, ProposalPresence presence, ProposalUpdates updates) {
        this.sections = sections;
        this.drafts = drafts;
        this.people = people;
        this.markdown = markdown;
        this.store = store;
        this.currentPerson = currentPerson;
        this.live = new LiveProposal(presence, updates);
        addClassName("section-edit");
        editor.setId("section-text");
        editor.setWidthFull();
        editor.addValueChangeListener(change -> {
            if (change.isFromClient() && section != null) {
                section.typed(change.getValue());
            }
        });
        editor.addSaveRequestedListener(requested -> save());
        editor.addLocalDraftFoundListener(found -> {
            if (section != null && recovery != null) {
                recovery.offer(new SectionDraft(section.address.section(), found.getBase(), found.getText(),
                        found.getSavedAt()), "in this browser");
            }
        });
        preview.setId("preview");
        preview.addClassName("editor-preview");
        summary.setId("change-summary");
        summary.setWidthFull();
        summary.setMaxLength(SectionService.MAX_SUMMARY);
        save.setId("save-section");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(summary);
        autosaveStatus.setId("autosave-status");
        autosaveStatus.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        var ui = event.getUI();
        stopFollowing();
        var tab = InBackground.forCurrentTab(ui);
        notices = new EditorNotices();
        var opened = new EditedSection(address, tab, sections, people, editor, notices, outcome, this::showPreview);
        var flow = new SaveFlow(opened, store, summary, save, autosaveStatus);
        var catchUp = new CatchUp(opened, flow::saving, autosaveStatus);
        flow.afterEachSave(catchUp::run);
        notices.update().onMerge(catchUp::merge);
        opened.keepDraftsWith(new DraftAutosave<>(tab, new SectionDraftKeeper(drafts, address), flow));
        section = opened;
        saveFlow = flow;
        recovery = new DraftRecovery(opened, drafts, catchUp::run);
        opened.moveTo(current.head().number(), current.text());
        opened.replaceText(current.text());
        // per person: on a shared computer the next person must not be offered someone else's text
        editor.setDraftKey(currentPerson.require().key().subject() + "/" + address.section().value());
        layOut(current, ui, catchUp);
        storeWatch = store.subscribe(state -> tab.onPage(state.available() ? flow::storeBack : notices::storeAway));
        if (!store.isAvailable()) {
            notices.storeAway();
        }
        drafts.find(address.proposal(), address.section()).ifPresent(draft -> recovery.offer(draft, "on the server"));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    private void stopFollowing() {
        live.stop();
        if (section != null) {
            section.autosave().stop();
        }
        if (storeWatch != null) {
            storeWatch.cancel();
            storeWatch = null;
        }
    }

    private void layOut(SectionText current, UI ui, CatchUp catchUp) {
        removeAll();
        var proposal = current.proposal();
        var avatars = new PresenceAvatars(proposal);
        add(new Anchor(ProposalRoutes.proposal(proposal.id()), "← " + proposal.number() + " " + proposal.title()));
        var header = new Div(new H1(current.section().title()), avatars);
        header.addClassName("proposal-header");
        add(header, new Paragraph("Ctrl+S (⌘S) saves. Your text is kept in this browser as you type and on the "
                + "server every few seconds until you save."));
        var previewColumn = new Div(new H2("Preview"), preview);
        previewColumn.addClassName("editor-preview-column");
        previewColumn.getElement().setAttribute("role", "region");
        previewColumn.getElement().setAttribute("aria-label", "Preview");
        var columns = new Div(editor, previewColumn);
        columns.addClassName("editor-columns");
        var history = new Anchor(ProposalRoutes.history(proposal.id(), current.section().id()), "History");
        var actions = new HorizontalLayout(save, history, autosaveStatus);
        actions.setAlignItems(Alignment.BASELINE);
        add(notices, columns, summary, actions, outcome);
        live.follow(ui, proposal.id(), current.section().id(), Presence.Activity.EDITING, avatars::show,
                catchUp::changed);
    }

    private void save() {
        if (saveFlow != null) {
            saveFlow.save();
        }
    }

    private void showPreview(String text) {
        preview.removeAll();
        preview.add(new MarkdownView(markdown, text));
    }
}
