/**
 * The proposal's pages: list, reader, section editor, history, diff, blame, descriptor form and
 * pages. Package-private views; the public {@link org.quire.proposal.ui.ReaderAnnotations} lets
 * modules that depend on proposals (comments) add to the reader view without the proposal module
 * knowing them, hence the named interface.
 */
@NullMarked
@NamedInterface("ui")
package org.quire.proposal.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
