package org.quire.proposal;

import java.time.Instant;

/**
 * Text a person has written in a section's editor but not saved as a revision: kept on the server
 * so a closed tab, a crash or another device does not lose it. Private to its author.
 *
 * @param base the revision the text was written on top of (a later save merges from there)
 */
public record SectionDraft(SectionId section, int base, String text, Instant savedAt) {
}
