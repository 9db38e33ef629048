/**
 * The Code Change Application as files (DESIGN.md section 6, DD013): a milestone or the current
 * heads of a proposal exported as DOCX, PDF, HTML or a Markdown ZIP, and the workgroup package of
 * every proposal at its latest milestone. STAFF export what goes to the Panel; members export
 * working drafts, marked as such on every page. Each export is audited.
 */
@NullMarked
package org.quire.export;

import org.jspecify.annotations.NullMarked;
