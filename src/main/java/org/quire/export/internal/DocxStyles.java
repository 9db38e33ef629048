package org.quire.export.internal;

import java.math.BigInteger;

/**
 * The names the Word template {@code export/cca-template.docx} defines and the DOCX writer uses: style
 * ids (Word's own ids for its built-in styles, so Word treats them as its headings and its navigation
 * pane lists them) and the two list definitions.
 *
 * <p>Symbols: CPT's marks (● ▲ ★ ⊘ ☎ ⚡ and ▶ ◀) go into runs of the character style {@link #SYMBOL},
 * set in Segoe UI Symbol, which every Windows since 7 has and which has all of them. The body font
 * (Calibri) lacks most. A WordprocessingML run names one font per script and no fallback list, so
 * where Segoe UI Symbol is missing the application substitutes its own (LibreOffice takes DejaVu Sans,
 * Word for Mac Apple Symbols), which also have every mark.
 */
final class DocxStyles {

    static final String TEMPLATE = "/export/cca-template.docx";

    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String QUOTE = "Quote";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String CODE_BLOCK = "CodeBlock";
    static final String TABLE_TEXT = "TableText";
    /** The cover's lines: workgroup, proposal number, milestone, dates. */
    static final String COVER_LINE = "CoverLine";
    /** The marking's notice on the cover, bold in a box. */
    static final String COVER_NOTICE = "CoverNotice";
    static final String DESCRIPTOR = "CptDescriptor";
    /** An indented code under its parent. */
    static final String DESCRIPTOR_CHILD = "CptChild";
    /** A parenthetical note under a descriptor. */
    static final String NOTE = "CptNote";
    /** A line of the legend of symbols. */
    static final String LEGEND = "CptLegend";

    /** Character styles. */
    static final String SYMBOL = "CptSymbol";
    static final String CODE = "CptCode";
    static final String INLINE_CODE = "InlineCode";
    static final String HYPERLINK = "Hyperlink";

    /**
     * Tables are formatted directly rather than by a table style: table style properties are not in
     * the schema subset ({@code poi-ooxml-lite}) POI ships. A thin grid in this colour, a shaded header row.
     */
    static final String TABLE_RULE = "8C9AA9";
    static final String HEADER_FILL = "DCE3EC";

    /** The abstract list definitions of the template's numbering part. */
    static final BigInteger BULLETS = BigInteger.ZERO;
    static final BigInteger NUMBERS = BigInteger.ONE;
    /** Levels each list definition has; deeper lists stay at the last. */
    static final int LIST_LEVELS = 9;

    /** Indentation steps, in twentieths of a point. */
    static final int INDENT = 720;

    private DocxStyles() {
    }
}
