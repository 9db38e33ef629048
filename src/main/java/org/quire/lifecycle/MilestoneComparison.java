package org.quire.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorSetDiff;
import org.quire.proposal.ProposalId;
import org.quire.proposal.SectionId;
import org.quire.revision.TextDiff;

/**
 * What changed from one milestone to another, or to today ({@code to} is {@code null}): each section
 * matched by its id, in reading order (the newer order, a removed section where it stood), and the
 * descriptor set's changes between the two revisions.
 */
public record MilestoneComparison(ProposalId proposal, Milestone from, @Nullable Milestone to,
        List<SectionChange> sections, int descriptorsFrom, int descriptorsTo, DescriptorSetDiff descriptors) {

    public MilestoneComparison {
        sections = List.copyOf(sections);
    }

    /** Whether nothing at all changed: same sections in the same order and text, same descriptors. */
    public boolean unchanged() {
        return descriptors.isEmpty() && sections.stream().allMatch(s -> s.has(Status.UNCHANGED));
    }

    /**
     * ADDED, REMOVED and UNCHANGED stand alone; a section in both may be MOVED (its place among the
     * sections in both changed), RENAMED and CHANGED (its text is at another revision) at once.
     */
    public enum Status {
        ADDED, REMOVED, MOVED, RENAMED, CHANGED, UNCHANGED
    }

    /**
     * @param before the section in the older milestone, {@code null} when added
     * @param positionBefore its place there counted from 1, or 0
     * @param after the section in the newer one (or today), {@code null} when removed
     * @param diff the text's word diff from the older revision to the newer, when CHANGED
     */
    public record SectionChange(SectionId id, Set<Status> statuses, @Nullable MilestoneSection before,
            int positionBefore, @Nullable MilestoneSection after, int positionAfter, @Nullable TextDiff diff) {

        public SectionChange {
            statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        }

        public boolean has(Status status) {
            return statuses.contains(status);
        }

        /** The title it has now, or had when it was removed. */
        public String title() {
            return Objects.requireNonNull(after != null ? after : before).title();
        }
    }
}
