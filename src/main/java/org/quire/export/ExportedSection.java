package org.quire.export;

import org.quire.markdown.SafeHtml;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionKind;

/**
 * One section as exported: its Markdown at the exported revision and that Markdown rendered by
 * Quire's renderer (sanitized), which the DOCX, PDF and HTML writers lay out.
 */
public record ExportedSection(SectionId id, SectionKind kind, String title, int revision, String markdown,
        SafeHtml html) {
}
