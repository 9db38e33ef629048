package org.quire.comment.ui;

import org.quire.proposal.SectionId;

/** A passage a reader selected, as a range of the section's Markdown source at the revision shown. */
record SelectedPassage(SectionId section, int revision, int start, int end, String quote) {
}
