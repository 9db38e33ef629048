/**
 * The writers, one per format, and what they share: the HTML composition (HTML and PDF), the Word
 * template and its parts (DOCX), the Markdown of the descriptor set and dispositions (ZIP), the
 * workgroup package, and deterministic ZIP entries.
 */
@NullMarked
package org.quire.export.internal;

import org.jspecify.annotations.NullMarked;
