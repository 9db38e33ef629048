package org.quire.proposal.ui;

import org.quire.identity.PersonDirectory;
import org.quire.proposal.DescriptorSaveOutcome;

/** What restoring a revision of a descriptor set did, in words. */
final class DescriptorRestore {

    private DescriptorRestore() {
    }

    static String message(int restored, DescriptorSaveOutcome outcome, PersonDirectory people) {
        return switch (outcome) {
            case DescriptorSaveOutcome.Saved saved -> "Revision " + restored + " restored as revision "
                    + saved.revision().number() + ".";
            case DescriptorSaveOutcome.Merged merged -> "Revision " + restored + " restored as revision "
                    + merged.revision().number() + ", merged with what " + AuthorNames.of(people, merged.mergedWith())
                    + " saved meanwhile.";
            case DescriptorSaveOutcome.Unchanged unchanged -> "Nothing to restore: the descriptors are already as "
                    + "they were at revision " + restored + ".";
            case DescriptorSaveOutcome.Conflicted conflicted -> "Not restored: someone saved revision "
                    + conflicted.head().number() + " meanwhile, changing the same descriptors. The history now "
                    + "shows it; compare it with revision " + restored + ", then restore again if you still want to.";
        };
    }
}
