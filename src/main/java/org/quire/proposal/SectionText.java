package org.quire.proposal;

import org.quire.revision.Revision;

/** A section with its current text and the revision that text is (the base for the next save). */
public record SectionText(Proposal proposal, Section section, Revision head, String text) {
}
