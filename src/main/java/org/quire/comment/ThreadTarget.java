package org.quire.comment;

import org.quire.descriptor.DescriptorId;
import org.quire.proposal.SectionId;

/** What a thread is about: a passage of a section, a descriptor, or the proposal as a whole. */
public sealed interface ThreadTarget {

    /**
     * A passage of a section's Markdown source.
     *
     * @param madeOnRevision the section revision the thread was started on, whose passage
     *        {@code madeOn} quotes: kept for ever, so a detached thread can still show it
     * @param revision the revision {@code anchor} refers to (the newest it was followed to)
     */
    record Passage(SectionId section, int madeOnRevision, TextAnchor madeOn, int revision, TextAnchor anchor,
            AnchorState state) implements ThreadTarget {

        public Passage followedTo(int newRevision, TextAnchor newAnchor, AnchorState newState) {
            return new Passage(section, madeOnRevision, madeOn, newRevision, newAnchor, newState);
        }
    }

    /** A descriptor of the set, by its id (codes change); {@code code} is its code when the thread began. */
    record Descriptor(DescriptorId descriptor, String code) implements ThreadTarget {
    }

    record WholeProposal() implements ThreadTarget {
    }
}
