package org.quire.proposal.ui;

import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.quire.identity.PersonDirectory;
import org.quire.markdown.ui.MarkdownEditor;
import org.quire.proposal.SectionService;

/**
 * What the parts of the section editor share: the field, where its text goes, and the revision
 * the text is based on. A later save merges from that base, so it moves only together with the
 * text it stands for.
 */
final class EditedSection {

    final SectionAddress address;
    final InBackground tab;
    final SectionService sections;
    final PersonDirectory people;
    final MarkdownEditor editor;
    final EditorNotices notices;
    final SaveMessages outcome;
    private final Consumer<String> preview;
    private @Nullable DraftAutosave<String> autosave;
    private int base;
    private String baseText = "";
    private int newestSeen;

    EditedSection(SectionAddress address, InBackground tab, SectionService sections, PersonDirectory people,
            MarkdownEditor editor, EditorNotices notices, SaveMessages outcome, Consumer<String> preview) {
        this.address = address;
        this.tab = tab;
        this.sections = sections;
        this.people = people;
        this.editor = editor;
        this.notices = notices;
        this.outcome = outcome;
        this.preview = preview;
    }

    void keepDraftsWith(DraftAutosave<String> drafts) {
        autosave = drafts;
    }

    DraftAutosave<String> autosave() {
        return Objects.requireNonNull(autosave, "autosave is set when the editor opens");
    }

    int base() {
        return base;
    }

    String baseText() {
        return baseText;
    }

    /** The text is now based on {@code revision}, whose text is {@code text}. */
    void moveTo(int revision, String text) {
        base = revision;
        baseText = text;
        sawRevision(revision);
        editor.setBaseRevision(revision);
        notices.update().caughtUpWith(revision);
    }

    void sawRevision(int revision) {
        newestSeen = Math.max(newestSeen, revision);
    }

    int newestSeen() {
        return newestSeen;
    }

    boolean unsaved() {
        return !editor.getValue().equals(baseText);
    }

    /** Puts {@code text} in the editor (and the preview) as if typed: kept as a draft until saved. */
    void replaceText(String text) {
        editor.setValue(text);
        preview.accept(text);
    }

    void typed(String text) {
        preview.accept(text);
        autosave().changed(text, base);
    }

    void keepAsDraft() {
        autosave().changed(editor.getValue(), base);
    }
}
