package org.quire.export.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * How the committed Word template {@code src/main/resources/export/cca-template.docx} was made, and
 * how to make it again after changing a style here: run this {@code main} from the project folder
 * (for example from the IDE, or {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)"
 * org.quire.export.internal.CcaTemplateMaker} with the test class path) and commit the file it writes.
 * Word and LibreOffice are not available where Quire is built, so the template is written with POI's
 * API rather than drawn in Word; a person may restyle it in Word afterwards as long as the style ids
 * of {@link DocxStyles} stay.
 *
 * <p>It holds: the styles ({@link CcaTemplateStyles}), the two list definitions (bullets, numbers),
 * a US Letter page with one-inch margins, a header paragraph whose placeholder the writer replaces
 * with the marking's notice, a footer "Page X of Y" from PAGE and NUMPAGES fields, and one body
 * paragraph saying what the body is for, which the writer clears.
 */
public final class CcaTemplateMaker {

    static final String NOTICE_PLACEHOLDER = "[The export's marking notice]";
    static final String BODY_PLACEHOLDER = "The body of this template is replaced by Quire's DOCX export.";
    private static final Instant MADE = Instant.parse("2026-11-27T00:00:00Z");

    private CcaTemplateMaker() {
    }

    public static void main(String[] args) throws IOException {
        var target = Path.of(args.length > 0 ? args[0] : "src/main/resources/export/cca-template.docx");
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (var document = make(); var out = Files.newOutputStream(target)) {
            document.write(out);
        }
        System.out.println("Wrote " + target.toAbsolutePath());
    }

    static XWPFDocument make() {
        var document = new XWPFDocument();
        document.createStyles().setStyles(CcaTemplateStyles.styles());
        lists(document);
        page(document);
        header(document);
        footer(document);
        var body = document.createParagraph();
        body.createRun().setText(BODY_PLACEHOLDER);
        var properties = document.getProperties().getCoreProperties();
        properties.setTitle("Code Change Application (Quire template)");
        properties.setCreator("Quire");
        properties.setLastModifiedByUser("Quire");
        properties.setCreated(Optional.of(Date.from(MADE)));
        properties.setModified(Optional.of(Date.from(MADE)));
        document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Quire");
        return document;
    }

    /** Bullets •, ◦, ▪ and numbers 1., a., i. by level, each level indented a step further. */
    private static void lists(XWPFDocument document) {
        var numbering = document.createNumbering();
        for (var id : new BigInteger[] {DocxStyles.BULLETS, DocxStyles.NUMBERS}) {
            var list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(id);
            for (int level = 0; level < DocxStyles.LIST_LEVELS; level++) {
                var lvl = list.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewLvlJc().setVal(STJc.LEFT);
                var indent = lvl.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf((long) DocxStyles.INDENT * (level + 1)));
                indent.setHanging(BigInteger.valueOf(360));
                if (id.equals(DocxStyles.BULLETS)) {
                    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                    lvl.addNewLvlText().setVal(new String[] {"•", "◦", "▪"}[level % 3]);
                    var fonts = lvl.addNewRPr().addNewRFonts();
                    fonts.setAscii("Segoe UI Symbol");
                    fonts.setHAnsi("Segoe UI Symbol");
                } else {
                    lvl.addNewNumFmt().setVal(new STNumberFormat.Enum[] {STNumberFormat.DECIMAL,
                        STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN}[level % 3]);
                    lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
                }
            }
            numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
        }
    }

    /** US Letter, portrait, one-inch margins; header and footer half an inch from the edge. */
    private static void page(XWPFDocument document) {
        var section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(12_240));
        size.setH(BigInteger.valueOf(15_840));
        size.setOrient(STPageOrientation.PORTRAIT);
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1440));
        margins.setRight(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void header(XWPFDocument document) {
        var header = document.createHeader(HeaderFooterType.DEFAULT);
        var paragraph = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphArray(0);
        paragraph.setStyle(DocxStyles.HEADER);
        paragraph.createRun().setText(NOTICE_PLACEHOLDER);
    }

    private static void footer(XWPFDocument document) {
        var footer = document.createFooter(HeaderFooterType.DEFAULT);
        var paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphArray(0);
        paragraph.setStyle(DocxStyles.FOOTER);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("Page ");
        field(paragraph, "PAGE");
        paragraph.createRun().setText(" of ");
        field(paragraph, "NUMPAGES");
    }

    /** A field Word computes on every page; "1" is only what shows until it does. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        var run = paragraph.createFieldRun();
        run.setFieldInstruction(" " + instruction + " \\* MERGEFORMAT ");
        run.setText("1");
    }

    /** A single thin line, for paragraph and table borders. */
    static void line(CTBorder border, String color) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.valueOf(4));
        border.setColor(color);
    }
}
