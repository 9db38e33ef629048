package org.quire.lifecycle;

import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;

/** One section as a milestone froze it: its place is its position in the milestone's list. */
public record MilestoneSection(SectionId id, SectionKind kind, String title, int revision) {
}
