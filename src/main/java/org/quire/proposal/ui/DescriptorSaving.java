package org.quire.proposal.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.quire.descriptor.DescriptorSet;
import org.quire.descriptor.DescriptorSetMerge;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.DescriptorSaveOutcome;
import org.quire.proposal.DescriptorSetService;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.springframework.dao.DataAccessException;

/**
 * Saving the form's set off the request thread, and what follows: the revision made (merged with
 * others' changes or not), nothing to save, or the conflict view. The person's set is never dropped:
 * after a conflict it stays in the form, and the merged set with their choices is one click away.
 * Errors in the set do not stop a save (a draft may have them); refused input does.
 */
final class DescriptorSaving {

    private final EditedDescriptorSet edited;
    private final InBackground tab;
    private final DescriptorSetService descriptorSets;
    private final PersonDirectory people;
    private final TextField summary;
    private final Button button;
    private final SaveMessages outcome;
    private boolean saving;

    DescriptorSaving(EditedDescriptorSet edited, InBackground tab, DescriptorSetService descriptorSets,
            PersonDirectory people, TextField summary, Button button, SaveMessages outcome) {
        this.edited = edited;
        this.tab = tab;
        this.descriptorSets = descriptorSets;
        this.people = people;
        this.summary = summary;
        this.button = button;
        this.outcome = outcome;
    }

    void save() {
        if (saving) {
            return;
        }
        if (edited.refusedFields() > 0) {
            outcome.warn("Nothing was saved: " + edited.refusedFields() + (edited.refusedFields() == 1
                    ? " field holds" : " fields hold") + " input that cannot be kept. Correct the marked fields, "
                    + "then save again.");
            return;
        }
        saving = true;
        button.setEnabled(false);
        var sent = edited.set();
        var base = edited.base();
        var note = summary.getValue();
        outcome.say("Saving…");
        tab.run(() -> descriptorSets.save(edited.proposal, base, sent, note), done -> saved(done, sent),
                this::notSaved);
    }

    private void saved(DescriptorSaveOutcome result, DescriptorSet sent) {
        saving = false;
        button.setEnabled(true);
        switch (result) {
            case DescriptorSaveOutcome.Saved saved -> {
                edited.savedAs(saved.revision().number(), saved.set());
                savedCleanly("Saved as revision " + saved.revision().number() + ".");
            }
            case DescriptorSaveOutcome.Merged merged -> {
                keepTyping(sent, merged.revision().number(), merged.set());
                savedCleanly("Saved as revision " + merged.revision().number() + ", merged with the changes of "
                        + AuthorNames.of(people, merged.mergedWith()) + " made meanwhile. The form shows the "
                        + "merged set.");
            }
            case DescriptorSaveOutcome.Unchanged unchanged -> {
                edited.savedAs(unchanged.head().number(), edited.baseSet());
                savedCleanly("Nothing changed since revision " + unchanged.head().number() + ".");
            }
            case DescriptorSaveOutcome.Conflicted conflicted -> {
                outcome.removeAll();
                outcome.add(new DescriptorConflictPanel(conflicted, AuthorNames.of(people, List.of(conflicted.head())),
                        () -> useResolution(conflicted)));
            }
        }
    }

    /** The merged set goes into the form, with whatever was typed while it was saving. */
    private void keepTyping(DescriptorSet sent, int revision, DescriptorSet merged) {
        var now = edited.set();
        if (now.equals(sent)) {
            edited.load(revision, merged, merged);
            return;
        }
        var shown = switch (DescriptorSetMerge.merge(sent, merged, now)) {
            case DescriptorSetMerge.Clean clean -> clean.set();
            case DescriptorSetMerge.Conflict conflict -> conflict.resolution();
        };
        edited.load(revision, merged, shown);
    }

    private void useResolution(DescriptorSaveOutcome.Conflicted conflicted) {
        edited.load(conflicted.head().number(), conflicted.theirs(), conflicted.resolution());
        outcome.say("The form now holds revision " + conflicted.head().number() + " with all your changes; where "
                + "you both changed the same thing, yours. Check the listed codes, then save: it goes on top of "
                + "revision " + conflicted.head().number() + ".");
    }

    private void savedCleanly(String message) {
        summary.clear();
        var errors = edited.report().errors().size();
        outcome.say(errors == 0 ? message : message + " The set has " + errors + (errors == 1 ? " error" : " errors")
                + " to correct before it can be marked ready for review.");
    }

    private void notSaved(RuntimeException problem) {
        saving = false;
        button.setEnabled(true);
        switch (problem) {
            case InputRejected rejected -> outcome.warn(rejected.getMessage());
            case AccessRefused refused -> outcome.warn(refused.getMessage() + " Your set is still in the form.");
            case DataAccessException notAnswering -> outcome.warn("Not saved: the database is not answering. Your "
                    + "set is still in the form; save again in a moment.");
            default -> outcome.warn("Saving failed (" + problem.getMessage() + "). Your set is still in the form; "
                    + "try again.");
        }
    }
}
