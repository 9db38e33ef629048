package org.quire.proposal;

import java.util.NoSuchElementException;
import java.time.Instant;
import java.util.List;

import org.quire.revision.DocumentId;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A proposal with its sections in reading order (removed ones included, marked).
 *
 * @param chargeItems the workgroup charge items it answers, by position (1-based)
 * @param openedForComment whether a comment period was ever opened: commenters read only those
 */
public record Proposal(ProposalId id, WorkgroupId workgroup, String number, String title, List<Integer> chargeItems,
        ProposalState state, List<Section> sections, boolean openedForComment, Instant lastChangedAt,
        PersonKey lastChangedBy, long version) {

    public Proposal {
        chargeItems = List.copyOf(chargeItems);
        sections = List.copyOf(sections);
    }

    /** The revisioned JSON text of the proposal's descriptor set. */
    public DocumentId descriptorDocument() {
        return new DocumentId("descriptors:" + id.value());
    }

    /** The sections a reader sees, in order. */
    public List<Section> currentSections() {
        return sections.stream().filter(section -> !section.removed()).toList();
    }

    public List<Section> removedSections() {
        return sections.stream().filter(Section::removed).toList();
    }

    public Section section(SectionId id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("This proposal has no such section."));
    }
}
