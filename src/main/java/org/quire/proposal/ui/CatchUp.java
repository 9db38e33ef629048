package org.quire.proposal.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.html.Span;
import org.quire.proposal.ProposalChanged;
import org.quire.revision.TextMerge;

/**
 * Others' saves reaching an open editor: followed at once when nothing is unsaved (text the browser
 * has not sent yet included), otherwise offered by the banner and merged into the unsaved text on
 * request (the same merge as a save).
 */
final class CatchUp {

    private final EditedSection section;
    private final BooleanSupplier saving;
    private final Span status;

    CatchUp(EditedSection section, BooleanSupplier saving, Span status) {
        this.section = section;
        this.saving = saving;
        this.status = status;
    }

    void changed(ProposalChanged change) {
        if (!change.changedText(section.address.section()) || change.revision() <= section.base()) {
            return;
        }
        section.sawRevision(change.revision());
        if (!saving.getAsBoolean()) {
            run();
        }
    }

    /** Brings in revisions newer than the editor's base, if any. */
    void run() {
        int revision = section.newestSeen();
        if (revision <= section.base()) {
            return;
        }
        var address = section.address;
        var banner = section.notices.update();
        if (section.unsaved()) {
            section.tab.run(() -> section.sections.revision(address.proposal(), address.section(), revision),
                    saved -> banner.offer(saved.number(), AuthorNames.name(section.people, saved)),
                    problem -> banner.offer(revision, "Someone"));
            return;
        }
        // Typing not yet sent (the browser waits for a pause) must count as unsaved: ask for it first.
        section.editor.sendPendingText().then(sent -> follow(revision), failed -> follow(revision));
    }

    private void follow(int revision) {
        var address = section.address;
        var banner = section.notices.update();
        if (section.unsaved()) {
            run();
            return;
        }
        section.tab.run(() -> section.sections.read(address.proposal(), address.section()), head -> {
            if (section.unsaved()) {
                run();
            } else if (head.head().number() > section.base()) {
                section.replaceText(head.text());
                section.moveTo(head.head().number(), head.text());
                status.setText("Updated to revision " + section.base() + ", saved by "
                        + AuthorNames.name(section.people, head.head()) + ".");
            }
        }, problem -> banner.offer(revision, "Someone"));
    }

    /** Merges the newest revision into the unsaved text; overlaps open the conflict view. */
    void merge() {
        var address = section.address;
        section.tab.run(() -> section.sections.read(address.proposal(), address.section()), head -> {
            var mine = section.editor.getValue();
            var theirs = head.text();
            int revision = head.head().number();
            switch (TextMerge.merge(section.baseText(), theirs, mine)) {
                case TextMerge.Clean clean -> {
                    section.replaceText(clean.text());
                    section.moveTo(revision, theirs);
                    section.outcome.say("Revision " + revision + " is merged into your text. It is not saved yet.");
                }
                case TextMerge.Conflict conflict -> {
                    section.replaceText(conflict.resolution());
                    section.moveTo(revision, theirs);
                    section.outcome.conflict(new ConflictPanel.Conflict(theirs, revision,
                            AuthorNames.name(section.people, head.head()), mine, conflict.regions()));
                }
            }
            section.keepAsDraft();
        }, problem -> section.outcome.warn("Could not read the new revision: " + problem.getMessage()));
    }
}
