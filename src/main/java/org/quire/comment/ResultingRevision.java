package org.quire.comment;

import org.jspecify.annotations.Nullable;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.SectionService;
import org.quire.shared.InputRejected;
import org.springframework.stereotype.Component;

/**
 * The revision a disposition names as carrying the change a comment led to. An accepted suggestion
 * knows it (the revision that applied it); otherwise staff may name one for an accepted comment on
 * a passage (a revision of its section after the one commented on) or on a descriptor (a revision
 * of the descriptor set). A whole-proposal comment may have led to changes in many places, which
 * the response describes.
 */
@Component
class ResultingRevision {

    private final SectionService sections;
    private final DescriptorSetService descriptorSets;

    ResultingRevision(SectionService sections, DescriptorSetService descriptorSets) {
        this.sections = sections;
        this.descriptorSets = descriptorSets;
    }

    @Nullable Integer of(CommentThread thread, DispositionKind kind, @Nullable Integer given) {
        boolean accepted = kind == DispositionKind.ACCEPTED || kind == DispositionKind.ACCEPTED_WITH_MODIFICATION;
        var suggestion = thread.suggestion();
        if (accepted && suggestion != null && suggestion.decision() != null
                && suggestion.decision().revision() != null) {
            return suggestion.decision().revision();
        }
        if (given == null) {
            return null;
        }
        if (!accepted) {
            throw new InputRejected("Only an accepted comment has a resulting revision: leave the revision empty "
                    + "for \"" + kind.label() + "\".");
        }
        return switch (thread.target()) {
            case ThreadTarget.Passage passage -> {
                int head = sections.read(thread.proposal(), passage.section()).head().number();
                if (given <= passage.madeOnRevision() || given > head) {
                    throw new InputRejected(passage.madeOnRevision() < head
                            ? "The resulting revision is one of this section's revisions after the comment: "
                                    + (passage.madeOnRevision() + 1) + " to " + head + "."
                            : "This section has not changed since the comment (revision " + head
                                    + "), so there is no resulting revision yet.");
                }
                yield given;
            }
            case ThreadTarget.Descriptor descriptor -> {
                int head = descriptorSets.read(thread.proposal()).head().number();
                if (given < 1 || given > head) {
                    throw new InputRejected("The resulting revision is one of the descriptor set's revisions: 1 to "
                            + head + ".");
                }
                yield given;
            }
            case ThreadTarget.WholeProposal whole -> throw new InputRejected("A comment on the whole proposal has "
                    + "no single resulting revision: say in the response what changed where.");
        };
    }
}
