package org.quire.export.internal;

import java.math.BigInteger;
import java.util.Set;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The template's styles, for {@link CcaTemplateMaker}: Word's built-in ids and names where Word has
 * the style (so headings reach the navigation pane and "heading 1" is Word's own), Quire's own for the
 * CPT parts. Body text is Calibri 11 pt; sizes below are in half-points, spacing in twips.
 */
final class CcaTemplateStyles {

    private static final String BODY_FONT = "Calibri";
    private static final String SYMBOL_FONT = "Segoe UI Symbol";
    private static final String CODE_FONT = "Courier New";
    private static final String ACCENT = "1F3864";
    static final String RULE = "8C9AA9";

    /** Styles Word has built in: the template restyles them rather than adding look-alikes. */
    private static final Set<String> WORD_STYLES = Set.of("Normal", "DefaultParagraphFont", DocxStyles.TITLE,
            DocxStyles.SUBTITLE, DocxStyles.HEADING_1, DocxStyles.HEADING_2, DocxStyles.HEADING_3, DocxStyles.HEADER,
            DocxStyles.FOOTER, DocxStyles.QUOTE, DocxStyles.LIST_PARAGRAPH, DocxStyles.HYPERLINK);

    private CcaTemplateStyles() {
    }

    static CTStyles styles() {
        var styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        var run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run, BODY_FONT);
        size(run, 22);
        run.addNewLang().setVal("en-US");
        spacing(defaults.addNewPPrDefault().addNewPPr(), 0, 120);

        var normal = paragraph(styles, "Normal", "Normal", null);
        normal.setDefault(Boolean.TRUE);
        normal.addNewQFormat();
        character(styles, "DefaultParagraphFont", "Default Paragraph Font").setDefault(Boolean.TRUE);
        var title = paragraph(styles, DocxStyles.TITLE, "Title", "Normal");
        title.addNewQFormat();
        spacing(title.getPPr(), 240, 240);
        text(title, 56, true, ACCENT);
        var subtitle = paragraph(styles, DocxStyles.SUBTITLE, "Subtitle", "Normal");
        text(subtitle, 30, false, "404040");
        heading(styles, DocxStyles.HEADING_1, "heading 1", 0, 32, 360);
        heading(styles, DocxStyles.HEADING_2, "heading 2", 1, 26, 240);
        heading(styles, DocxStyles.HEADING_3, "heading 3", 2, 23, 200);

        var header = paragraph(styles, DocxStyles.HEADER, "header", "Normal");
        spacing(header.getPPr(), 0, 0);
        text(header, 18, true, "7F1D1D");
        CcaTemplateMaker.line(header.getPPr().addNewPBdr().addNewBottom(), RULE);
        var footer = paragraph(styles, DocxStyles.FOOTER, "footer", "Normal");
        spacing(footer.getPPr(), 0, 0);
        text(footer, 18, false, "404040");

        var quote = paragraph(styles, DocxStyles.QUOTE, "Quote", "Normal");
        quote.getPPr().addNewInd().setLeft(BigInteger.valueOf(DocxStyles.INDENT));
        text(quote, 22, false, "404040").addNewI();
        var list = paragraph(styles, DocxStyles.LIST_PARAGRAPH, "List Paragraph", "Normal");
        spacing(list.getPPr(), 0, 60);
        var code = paragraph(styles, DocxStyles.CODE_BLOCK, "Code Block", "Normal");
        spacing(code.getPPr(), 0, 120);
        var shade = code.getPPr().addNewShd();
        shade.setVal(STShd.CLEAR);
        shade.setFill("F2F2F2");
        fonts(text(code, 19, false, null), CODE_FONT);
        var cell = paragraph(styles, DocxStyles.TABLE_TEXT, "Table Text", "Normal");
        spacing(cell.getPPr(), 0, 0);
        text(cell, 20, false, null);

        var cover = paragraph(styles, DocxStyles.COVER_LINE, "Cover Line", "Normal");
        text(cover, 26, false, null);
        var notice = paragraph(styles, DocxStyles.COVER_NOTICE, "Cover Notice", "Normal");
        spacing(notice.getPPr(), 480, 240);
        text(notice, 26, true, "7F1D1D");
        var box = notice.getPPr().addNewPBdr();
        CcaTemplateMaker.line(box.addNewTop(), "7F1D1D");
        CcaTemplateMaker.line(box.addNewLeft(), "7F1D1D");
        CcaTemplateMaker.line(box.addNewBottom(), "7F1D1D");
        CcaTemplateMaker.line(box.addNewRight(), "7F1D1D");

        var descriptor = paragraph(styles, DocxStyles.DESCRIPTOR, "CPT Descriptor", "Normal");
        spacing(descriptor.getPPr(), 120, 40);
        descriptor.getPPr().addNewKeepLines();
        var child = paragraph(styles, DocxStyles.DESCRIPTOR_CHILD, "CPT Indented Descriptor", DocxStyles.DESCRIPTOR);
        child.getPPr().addNewInd().setLeft(BigInteger.valueOf(DocxStyles.INDENT));
        var note = paragraph(styles, DocxStyles.NOTE, "CPT Parenthetical Note", "Normal");
        spacing(note.getPPr(), 0, 40);
        note.getPPr().addNewInd().setLeft(BigInteger.valueOf(DocxStyles.INDENT / 2));
        text(note, 20, false, "262626");
        var legend = paragraph(styles, DocxStyles.LEGEND, "CPT Legend", "Normal");
        spacing(legend.getPPr(), 0, 20);
        text(legend, 20, false, null);

        fonts(character(styles, DocxStyles.SYMBOL, "CPT Symbol").addNewRPr(), SYMBOL_FONT);
        character(styles, DocxStyles.CODE, "CPT Code").addNewRPr().addNewB();
        var inline = character(styles, DocxStyles.INLINE_CODE, "Inline Code").addNewRPr();
        fonts(inline, CODE_FONT);
        size(inline, 20);
        var link = character(styles, DocxStyles.HYPERLINK, "Hyperlink").addNewRPr();
        link.addNewColor().setVal("0563C1");
        link.addNewU().setVal(STUnderline.SINGLE);

        return styles;
    }

    private static void heading(CTStyles styles, String id, String name, int outline, int size, int before) {
        var heading = paragraph(styles, id, name, "Normal");
        heading.addNewNext().setVal("Normal");
        heading.addNewQFormat();
        heading.getPPr().addNewKeepNext();
        heading.getPPr().addNewKeepLines();
        spacing(heading.getPPr(), before, 120);
        heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        text(heading, size, true, ACCENT);
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn) {
        var style = style(styles, STStyleType.PARAGRAPH, id, name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewPPr();
        return style;
    }

    private static CTStyle character(CTStyles styles, String id, String name) {
        return style(styles, STStyleType.CHARACTER, id, name);
    }

    private static CTStyle style(CTStyles styles, STStyleType.Enum type, String id, String name) {
        var style = styles.addNewStyle();
        style.setType(type);
        style.setStyleId(id);
        if (!WORD_STYLES.contains(id)) {
            style.setCustomStyle(Boolean.TRUE);
        }
        style.addNewName().setVal(name);
        return style;
    }

    private static CTRPr text(CTStyle style, int halfPoints, boolean bold, String color) {
        var run = style.isSetRPr() ? style.getRPr() : style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        size(run, halfPoints);
        return run;
    }

    private static void fonts(CTRPr run, String font) {
        var fonts = run.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
    }

    private static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void spacing(CTPPrBase paragraph, int before, int after) {
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
    }
}
