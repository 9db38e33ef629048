package org.quire.proposal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.quire.proposal.ProposalChanged;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalPresence;
import org.quire.proposal.ProposalUpdates;
import org.quire.proposal.SectionDraft;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.proposal.SectionText;
import org.quire.revision.SaveOutcome;
import org.quire.revision.TextMerge;
import org.quire.shared.InputRejected;
import org.quire.shared.Subscription;
import org.quire.storage.StoreStatus;
import org.quire.workgroup.AccessRefused;
import org.springframework.dao.DataAccessException;

/**
 * Writing one section: the Markdown editor with a live preview, autosave to the browser and (every
 * few seconds) to a private draft on the server, saving with merge or conflict view, live notice of
 * others' saves, and who else is here. Whatever happens — a merge, a conflict, a refusal, a database
 * outage, a closed tab — the text typed is kept. Database work runs off the request thread.
 */
@Route("proposals/:id/sections/:section/edit")
@PageTitle("Edit section · Quire")
@PermitAll
class SectionEditView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final SectionService sections;
    private final SectionDrafts drafts;
    private final PersonDirectory people;
    private final MarkdownRenderer markdown;
    private final StoreStatus store;
    private final CurrentPerson currentPerson;
    private final LiveProposal live;
    private final MarkdownEditor editor = new MarkdownEditor();
    private final Div preview = new Div();
    private final TextField summary = new TextField("Summary of your change (optional)");
    private final Button save = new Button("Save");
    private final Span autosaveStatus = new Span();
    private final EditorNotices notices = new EditorNotices(this::mergeUpdate);
    private final SaveMessages outcome = new SaveMessages();
    private SectionAddress address = new SectionAddress(new ProposalId(""), new SectionId(""));
    private @Nullable InBackground tab;
    private @Nullable DraftAutosave autosave;
    private @Nullable Subscription storeWatch;
    private int base;
    private String baseText = "";
    private boolean saving;
    private boolean saveWhenBack;
    private int newestSeen;

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
        editor.setAccessibleName("Markdown text of the section");
        editor.setWidthFull();
        editor.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edited(change.getValue());
            }
        });
        editor.addSaveRequestedListener(requested -> save());
        editor.addLocalDraftFoundListener(found -> offerDraft(
                new SectionDraft(address.section(), found.getBase(), found.getText(), found.getSavedAt()),
                "in this browser"));
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
        address = SectionAddress.of(event);
        var current = sections.read(address.proposal(), address.section());
        var ui = event.getUI();
        stopFollowing();
        tab = InBackground.forCurrentTab(ui);
        autosave = new DraftAutosave(tab, drafts, address.proposal(), address.section(), new AutosaveReport());
        moveTo(current.head().number(), current.text());
        editor.setValue(current.text());
        // per person: on a shared computer the next person must not be offered someone else's text
        editor.setDraftKey(currentPerson.require().key().subject() + "/" + address.section().value());
        layOut(current, ui);
        var followed = tab;
        storeWatch = store.subscribe(state -> followed.onPage(state.available() ? this::storeBack : notices::storeAway));
        if (!store.isAvailable()) {
            notices.storeAway();
        }
        drafts.find(address.proposal(), address.section()).ifPresent(draft -> offerDraft(draft, "on the server"));
        showPreview(current.text());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    private void stopFollowing() {
        live.stop();
        if (autosave != null) {
            autosave.stop();
        }
        if (storeWatch != null) {
            storeWatch.cancel();
            storeWatch = null;
        }
    }

    private void layOut(SectionText current, UI ui) {
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
        var history = new Anchor(ProposalRoutes.history(proposal.id(), address.section()), "History");
        var actions = new HorizontalLayout(save, history, autosaveStatus);
        actions.setAlignItems(Alignment.BASELINE);
        add(notices, columns, summary, actions, outcome);
        live.follow(ui, proposal.id(), address.section(), Presence.Activity.EDITING, avatars::show, this::changed);
    }

    private void moveTo(int revision, String text) {
        base = revision;
        baseText = text;
        newestSeen = Math.max(newestSeen, revision);
        editor.setBaseRevision(revision);
        notices.update().caughtUpWith(revision);
    }

    private boolean unsaved() {
        return !editor.getValue().equals(baseText);
    }

    private void edited(String text) {
        showPreview(text);
        if (autosave != null) {
            autosave.changed(text, base);
        }
    }

    private void showPreview(String text) {
        preview.removeAll();
        preview.add(new MarkdownView(markdown, text));
    }

    // --- saving ----------------------------------------------------------------------------------

    private void save() {
        if (saving || tab == null) {
            return;
        }
        if (editor.isInvalid()) {
            outcome.warn(editor.getErrorMessage() + " Nothing was saved: shorten the text, then save again.");
            return;
        }
        saving = true;
        save.setEnabled(false);
        var text = editor.getValue();
        var sentBase = base;
        var sentSummary = summary.getValue();
        outcome.say("Saving…");
        tab.run(() -> {
            var result = sections.save(address.proposal(), address.section(), sentBase, text, sentSummary);
            var revisionText = result instanceof SaveOutcome.Merged merged
                    ? sections.textAt(address.proposal(), address.section(), merged.revision().number()) : text;
            return new Saved(result, revisionText);
        }, done -> {
            saved(done.outcome(), text, done.revisionText());
            catchUp();
        }, this::saveFailed);
    }

    /** A save's outcome with the text of the revision it made (the merged text, when it merged). */
    private record Saved(SaveOutcome outcome, String revisionText) {
    }

    private void saved(SaveOutcome result, String sent, String revisionText) {
        saving = false;
        saveWhenBack = false;
        save.setEnabled(true);
        storeBack();
        switch (result) {
            case SaveOutcome.Saved saved -> {
                moveTo(saved.revision().number(), sent);
                savedCleanly("Saved as revision " + base + ".");
            }
            case SaveOutcome.Merged merged -> {
                keepTyping(sent, revisionText);
                moveTo(merged.revision().number(), revisionText);
                savedCleanly("Saved as revision " + base + ", merged with the changes of "
                        + AuthorNames.of(people, merged.mergedWith()) + " made meanwhile.");
            }
            case SaveOutcome.Conflicted conflicted -> {
                editor.setValue(conflicted.resolution());
                moveTo(conflicted.head().number(), conflicted.theirs());
                outcome.conflict(new ConflictPanel.Conflict(conflicted.theirs(), conflicted.head().number(),
                        AuthorNames.of(people, List.of(conflicted.head())), conflicted.mine(), conflicted.regions()));
                showPreview(editor.getValue());
            }
            case SaveOutcome.Unchanged unchanged -> {
                moveTo(unchanged.head().number(), sent);
                savedCleanly("Nothing changed since revision " + base + ".");
            }
        }
    }

    /** After a merge the editor shows the merged text, keeping whatever was typed while saving. */
    private void keepTyping(String sent, String mergedText) {
        var now = editor.getValue();
        if (now.equals(sent)) {
            editor.setValue(mergedText);
        } else if (TextMerge.merge(sent, mergedText, now) instanceof TextMerge.Clean clean) {
            editor.setValue(clean.text());
        }
        showPreview(editor.getValue());
    }

    private void savedCleanly(String message) {
        summary.clear();
        outcome.say(message);
        notices.closeDraftOffer();
        if (!unsaved()) {
            editor.clearLocalDraft();
            if (autosave != null) {
                autosave.forget();
            }
            autosaveStatus.setText("");
        }
    }

    private void saveFailed(RuntimeException problem) {
        saving = false;
        save.setEnabled(true);
        switch (problem) {
            case DataAccessException failure when store.reportFailure(failure) -> {
                saveWhenBack = true;
                notices.storeAway();
                if (autosave != null) {
                    autosave.changed(editor.getValue(), base);
                }
                outcome.warn("Not saved yet: the database is not answering. Your text is safe in this browser; "
                        + "Quire saves it as soon as the database is back.");
            }
            case InputRejected rejected -> outcome.warn(rejected.getMessage());
            case AccessRefused refused -> outcome.warn(refused.getMessage());
            default -> outcome.warn("Saving failed (" + problem.getMessage() + "). Your text is still here and in "
                    + "this browser; try again.");
        }
    }

    private void storeBack() {
        notices.storeBack();
        if (autosave != null) {
            autosave.retryNow();
        }
        if (saveWhenBack && !saving) {
            save();
        }
    }

    // --- others' saves ---------------------------------------------------------------------------

    private void changed(ProposalChanged change) {
        if (!change.changedText(address.section()) || change.revision() <= base) {
            return;
        }
        newestSeen = Math.max(newestSeen, change.revision());
        if (!saving) {
            catchUp();
        }
    }

    /** Brings in revisions saved by others: at once when nothing is unsaved, else by offering a merge. */
    private void catchUp() {
        if (newestSeen <= base || tab == null) {
            return;
        }
        int revision = newestSeen;
        if (unsaved()) {
            tab.run(() -> sections.revision(address.proposal(), address.section(), revision),
                    saved -> notices.update().offer(saved.number(), AuthorNames.name(people, saved)),
                    problem -> notices.update().offer(revision, "Someone"));
            return;
        }
        tab.run(() -> sections.read(address.proposal(), address.section()), head -> {
            if (unsaved()) {
                catchUp();
            } else if (head.head().number() > base) {
                editor.setValue(head.text());
                moveTo(head.head().number(), head.text());
                showPreview(head.text());
                autosaveStatus.setText("Updated to revision " + base + ", saved by "
                        + AuthorNames.name(people, head.head()) + ".");
            }
        }, problem -> notices.update().offer(revision, "Someone"));
    }

    private void mergeUpdate() {
        if (tab == null) {
            return;
        }
        tab.run(() -> sections.read(address.proposal(), address.section()), head -> {
            var mine = editor.getValue();
            switch (TextMerge.merge(baseText, head.text(), mine)) {
                case TextMerge.Clean clean -> {
                    editor.setValue(clean.text());
                    moveTo(head.head().number(), head.text());
                    outcome.say("Revision " + base + " is merged into your text. It is not saved yet.");
                }
                case TextMerge.Conflict conflict -> {
                    editor.setValue(conflict.resolution());
                    moveTo(head.head().number(), head.text());
                    outcome.conflict(new ConflictPanel.Conflict(head.text(), head.head().number(),
                            AuthorNames.name(people, head.head()), mine, conflict.regions()));
                }
            }
            showPreview(editor.getValue());
            if (autosave != null) {
                autosave.changed(editor.getValue(), base);
            }
        }, problem -> outcome.warn("Could not read the new revision: " + problem.getMessage()));
    }

    // --- unsaved text found on opening -----------------------------------------------------------

    private void offerDraft(SectionDraft draft, String keptWhere) {
        if (!draft.text().equals(editor.getValue()) && !draft.text().equals(baseText)) {
            notices.offerDraft(draft, keptWhere, editor.getValue(), this::restoreDraft, this::discardDraft);
        }
    }

    private void restoreDraft(SectionDraft draft) {
        if (tab == null) {
            return;
        }
        tab.run(() -> new DraftBase(sections.textAt(address.proposal(), address.section(), draft.base()),
                sections.read(address.proposal(), address.section()).head().number()), found -> {
            editor.setValue(draft.text());
            moveTo(draft.base(), found.text());
            newestSeen = Math.max(newestSeen, found.head());
            notices.closeDraftOffer();
            showPreview(draft.text());
            outcome.say("Your unsaved text is back in the editor (written on revision " + draft.base()
                    + "). Saving merges it with what changed since.");
            if (autosave != null) {
                autosave.changed(draft.text(), base);
            }
            catchUp();
        }, problem -> outcome.warn("Could not restore the unsaved text: " + problem.getMessage()));
    }

    /** The text of the revision a draft was written on, and the section's head now. */
    private record DraftBase(String text, int head) {
    }

    private void discardDraft() {
        notices.closeDraftOffer();
        editor.clearLocalDraft();
        if (tab != null) {
            tab.run(() -> {
                drafts.discard(address.proposal(), address.section());
                return true;
            }, done -> outcome.say("The unsaved text was discarded."), this::saveFailed);
        }
    }

    /** How the server copy of the draft is doing, in the status line. */
    private final class AutosaveReport implements DraftAutosave.Listener {

        @Override
        public void kept(Instant at) {
            autosaveStatus.setText("Draft kept on the server at " + TIME.format(at) + ".");
            if (!store.isAvailable() || saveWhenBack) {
                storeBack();
            }
        }

        @Override
        public void failed(RuntimeException problem) {
            if (problem instanceof DataAccessException failure && store.reportFailure(failure)) {
                notices.storeAway();
                autosaveStatus.setText("Draft kept in this browser only.");
            } else {
                autosaveStatus.setText(problem.getMessage());
            }
        }
    }
}
