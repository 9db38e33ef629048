package org.quire.proposal.ui;

import org.quire.proposal.SectionDraft;
import org.quire.proposal.SectionDrafts;

/**
 * Unsaved text found when the editor opens — in this browser or as the person's server draft —
 * offered back, then restored on top of the revision it was written on, or discarded.
 */
final class DraftRecovery {

    private final EditedSection section;
    private final SectionDrafts drafts;
    private final Runnable catchUp;

    DraftRecovery(EditedSection section, SectionDrafts drafts, Runnable catchUp) {
        this.section = section;
        this.drafts = drafts;
        this.catchUp = catchUp;
    }

    void offer(SectionDraft draft, String keptWhere) {
        var current = section.editor.getValue();
        if (!draft.text().equals(current) && !draft.text().equals(section.baseText())) {
            section.notices.offerDraft(draft, keptWhere, current, this::restore, this::discard);
        }
    }

    private void restore(SectionDraft draft) {
        var address = section.address;
        section.tab.run(() -> new DraftBase(
                section.sections.textAt(address.proposal(), address.section(), draft.base()),
                section.sections.read(address.proposal(), address.section()).head().number()), found -> {
                    section.replaceText(draft.text());
                    section.moveTo(draft.base(), found.text());
                    section.sawRevision(found.head());
                    section.notices.closeDraftOffer();
                    section.outcome.say("Your unsaved text is back in the editor (written on revision " + draft.base()
                            + "). Saving merges it with what changed since.");
                    section.keepAsDraft();
                    catchUp.run();
                }, problem -> section.outcome.warn("Could not restore the unsaved text: " + problem.getMessage()));
    }

    /** The text of the revision a draft was written on, and the section's head now. */
    private record DraftBase(String text, int head) {
    }

    private void discard() {
        section.notices.closeDraftOffer();
        section.editor.clearLocalDraft();
        var address = section.address;
        section.tab.run(() -> {
            drafts.discard(address.proposal(), address.section());
            return true;
        }, done -> section.outcome.say("The unsaved text was discarded."),
                problem -> section.outcome.warn("Could not discard the server copy: " + problem.getMessage()));
    }
}
