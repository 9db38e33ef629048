package org.quire.revision;

import org.quire.shared.PersonKey;

/** Published after each new revision (including the first, merges and restores). */
public record RevisionSaved(DocumentId document, int number, PersonKey author) {
}
