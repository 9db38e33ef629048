package org.quire.export.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word's own list numbering for the lists of the sections, from the template's two list definitions
 * ({@link DocxStyles#BULLETS}, {@link DocxStyles#NUMBERS}): each HTML list gets a numbering instance of
 * its own, and a numbered one starts again at its first number, as Word would otherwise carry on
 * counting from the previous list of the same definition.
 */
final class DocxLists {

    private final XWPFNumbering numbering;

    DocxLists(XWPFDocument document) {
        var numbering = document.getNumbering();
        if (numbering == null || numbering.getAbstractNum(DocxStyles.NUMBERS) == null) {
            throw new IllegalStateException("The Word template " + DocxStyles.TEMPLATE + " has lost its list "
                    + "definitions: make it again with CcaTemplateMaker.");
        }
        this.numbering = numbering;
    }

    /** A new list at this level (0 for a top-level list); its paragraphs are then {@link #item}s of it. */
    BigInteger start(boolean numbered, int first, int level) {
        var id = numbering.addNum(numbered ? DocxStyles.NUMBERS : DocxStyles.BULLETS);
        if (numbered) {
            var override = numbering.getNum(id).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(first));
        }
        return id;
    }

    static void item(XWPFParagraph paragraph, BigInteger list, int level) {
        paragraph.setStyle(DocxStyles.LIST_PARAGRAPH);
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    /** The deepest level the definitions have; deeper lists stay there. */
    static int level(int depth) {
        return Math.min(depth, DocxStyles.LIST_LEVELS - 1);
    }
}
