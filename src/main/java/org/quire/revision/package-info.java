/**
 * Revisioned Markdown texts whose saves never lose text. Each save either becomes the next
 * revision, is merged word by word with the revisions saved since the editor's base, or comes back
 * as a conflict holding both texts; nothing is overwritten. History, word-level diff, restore and
 * blame read the same revisions.
 *
 * <p>This module checks no permissions: its callers (the proposal module, for each section) decide
 * who may read, save or restore before they call {@link org.quire.revision.Revisions}. It checks
 * only the size limits of text and summary.
 */
@NullMarked
package org.quire.revision;

import org.jspecify.annotations.NullMarked;
