package org.quire.proposal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.revision.SaveOutcome;
import org.quire.revision.TextMerge;
import org.quire.shared.InputRejected;
import org.quire.storage.StoreStatus;
import org.quire.workgroup.AccessRefused;
import org.springframework.dao.DataAccessException;

/**
 * Saving the editor's text off the request thread, and what follows: the revision made (merged or
 * not), the conflict view, or — when the database is away — a promise kept: the save is made by
 * itself once the database answers again. Also reports how the server draft is doing.
 */
final class SaveFlow implements DraftAutosave.Listener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final EditedSection section;
    private final StoreStatus store;
    private final TextField summary;
    private final Button button;
    private final Span status;
    private Runnable afterSave = () -> { };
    private boolean saving;
    private boolean saveWhenBack;

    SaveFlow(EditedSection section, StoreStatus store, TextField summary, Button button, Span status) {
        this.section = section;
        this.store = store;
        this.summary = summary;
        this.button = button;
        this.status = status;
    }

    /** What to do after every save (catch up with revisions others saved meanwhile). */
    void afterEachSave(Runnable action) {
        afterSave = action;
    }

    boolean saving() {
        return saving;
    }

    void save() {
        if (saving) {
            return;
        }
        var editor = section.editor;
        if (editor.isInvalid()) {
            section.outcome.warn(editor.getErrorMessage() + " Nothing was saved: shorten the text, then save again.");
            return;
        }
        saving = true;
        button.setEnabled(false);
        var text = editor.getValue();
        var base = section.base();
        var note = summary.getValue();
        var address = section.address;
        section.outcome.say("Saving…");
        section.tab.run(() -> {
            var result = section.sections.save(address.proposal(), address.section(), base, text, note);
            var revisionText = result instanceof SaveOutcome.Merged merged
                    ? section.sections.textAt(address.proposal(), address.section(), merged.revision().number())
                    : text;
            return new Saved(result, revisionText);
        }, done -> {
            saved(done.outcome(), text, done.revisionText());
            afterSave.run();
        }, this::notSaved);
    }

    /** A save's outcome with the text of the revision it made (the merged text, when it merged). */
    private record Saved(SaveOutcome outcome, String revisionText) {
    }

    private void saved(SaveOutcome result, String sent, String revisionText) {
        saving = false;
        saveWhenBack = false;
        button.setEnabled(true);
        section.notices.storeBack();
        switch (result) {
            case SaveOutcome.Saved saved -> {
                section.moveTo(saved.revision().number(), sent);
                savedCleanly("Saved as revision " + section.base() + ".");
            }
            case SaveOutcome.Merged merged -> {
                keepTyping(sent, revisionText);
                section.moveTo(merged.revision().number(), revisionText);
                savedCleanly("Saved as revision " + section.base() + ", merged with the changes of "
                        + AuthorNames.of(section.people, merged.mergedWith()) + " made meanwhile.");
            }
            case SaveOutcome.Conflicted conflicted -> {
                section.replaceText(conflicted.resolution());
                section.moveTo(conflicted.head().number(), conflicted.theirs());
                section.outcome.conflict(new ConflictPanel.Conflict(conflicted.theirs(), conflicted.head().number(),
                        AuthorNames.of(section.people, List.of(conflicted.head())), conflicted.mine(),
                        conflicted.regions()));
            }
            case SaveOutcome.Unchanged unchanged -> {
                section.moveTo(unchanged.head().number(), sent);
                savedCleanly("Nothing changed since revision " + section.base() + ".");
            }
        }
    }

    /** After a merge the editor shows the merged text, keeping whatever was typed while saving. */
    private void keepTyping(String sent, String mergedText) {
        var now = section.editor.getValue();
        if (now.equals(sent)) {
            section.replaceText(mergedText);
        } else if (TextMerge.merge(sent, mergedText, now) instanceof TextMerge.Clean clean) {
            section.replaceText(clean.text());
        }
    }

    private void savedCleanly(String message) {
        summary.clear();
        section.outcome.say(message);
        section.notices.closeDraftOffer();
        if (!section.unsaved()) {
            section.editor.clearLocalDraft();
            section.autosave().forget();
            status.setText("");
        }
    }

    private void notSaved(RuntimeException problem) {
        saving = false;
        button.setEnabled(true);
        switch (problem) {
            case DataAccessException failure when store.reportFailure(failure) -> {
                saveWhenBack = true;
                section.notices.storeAway();
                section.keepAsDraft();
                section.outcome.warn("Not saved yet: the database is not answering. Your text is safe in this "
                        + "browser; Quire saves it as soon as the database is back.");
            }
            case InputRejected rejected -> section.outcome.warn(rejected.getMessage());
            case AccessRefused refused -> section.outcome.warn(refused.getMessage());
            default -> section.outcome.warn("Saving failed (" + problem.getMessage() + "). Your text is still here "
                    + "and in this browser; try again.");
        }
    }

    /** The database answers again: drafts and a save that waited for it go through now. */
    void storeBack() {
        section.notices.storeBack();
        section.autosave().retryNow();
        if (saveWhenBack && !saving) {
            save();
        }
    }

    @Override
    public void kept(Instant at) {
        status.setText("Draft kept on the server at " + TIME.format(at) + ".");
        if (!store.isAvailable() || saveWhenBack) {
            storeBack();
        }
    }

    @Override
    public void failed(RuntimeException problem) {
        if (problem instanceof DataAccessException failure && store.reportFailure(failure)) {
            section.notices.storeAway();
            status.setText("Draft kept in this browser only.");
        } else {
            status.setText(problem.getMessage());
        }
    }
}
