package org.quire.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.export.internal.DocxReadBack.paragraphStartingWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.quire.export.ExportMarking;
import org.quire.export.SampleApplications;
import org.quire.markdown.Markdown;
import org.quire.markdown.SafeHtml;

/** Section HTML, as Quire's renderer makes it from Markdown, laid out as Word paragraphs and read back. */
class DocxHtmlBodyTest {

    static final XWPFDocument DOCUMENT = written("""
            ### Level three

            Text with ~~struck~~, ++inserted++ and `code` words,
            a [mail](mailto:panel@example.org) link and a footnote[^1].

            > Quoted line

            ```
            code block
              line two
            ```

            3. third
            4. fourth
               - nested bullet
                 1. deep number

            - [x] done task
            - [ ] open task

            Line one\\
            line two

            ---

            [^1]: The note.
            """);

    @Test
    void headingsAndInlineFormattingBecomeWordStylesAndRunProperties() {
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.HEADING_3, "Level three").getText())
                .isEqualTo("Level three");
        var text = paragraphStartingWith(DOCUMENT, null, "Text with");
        assertThat(text.getText()).startsWith("Text with struck, inserted and code words, a mail link and a footnote");
        assertThat(text.getRuns()).filteredOn(XWPFRun::isStrikeThrough).extracting(XWPFRun::text)
                .containsExactly("struck");
        assertThat(text.getRuns()).filteredOn(DocxReadBack::underlined).extracting(XWPFRun::text)
                .containsExactly("inserted");
        assertThat(text.getRuns()).filteredOn(run -> DocxStyles.INLINE_CODE.equals(run.getStyle()))
                .extracting(XWPFRun::text).containsExactly("code");
        assertThat(text.getRuns()).filteredOn(run -> DocxStyles.HYPERLINK.equals(run.getStyle()))
                .extracting(XWPFRun::text).containsExactly("mail");
    }

    @Test
    void quotesCodeBlocksBreaksAndRulesKeepTheirShape() {
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.QUOTE, "Quoted").getText()).isEqualTo("Quoted line");
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.CODE_BLOCK, "code").getText())
                .isEqualTo("code block\n  line two");
        assertThat(paragraphStartingWith(DOCUMENT, null, "Line one").getText()).isEqualTo("Line one\nline two");
        assertThat(DOCUMENT.getParagraphs()).anyMatch(p -> p.getBorderBottom() == Borders.SINGLE);
        assertThat(DOCUMENT.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(t -> t.contains("The note."));
    }

    @Test
    void nestedListsAreWordListsOneLevelDeeperAndANumberedListKeepsItsStart() {
        var third = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "third");
        assertThat(third.getNumFmt()).isEqualTo("decimal");
        assertThat(third.getNumStartOverride()).isEqualTo(BigInteger.valueOf(3));
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "fourth").getNumID())
                .isEqualTo(third.getNumID());
        var bullet = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "nested bullet");
        assertThat(bullet.getNumIlvl()).isEqualTo(BigInteger.ONE);
        assertThat(bullet.getNumFmt()).isEqualTo("bullet");
        var deep = paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "deep number");
        assertThat(deep.getNumIlvl()).isEqualTo(BigInteger.TWO);
        assertThat(deep.getNumFmt()).isEqualTo("lowerRoman");
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "☒").getText())
                .isEqualTo("☒ done task");
        assertThat(paragraphStartingWith(DOCUMENT, DocxStyles.LIST_PARAGRAPH, "☐").getText())
                .isEqualTo("☐ open task");
    }

    private static XWPFDocument written(String markdown) {
        try (var document = DocxTemplate.open(SampleApplications.telemedicine(ExportMarking.FOR_PANEL))) {
            new DocxHtmlBody(document).append(new SafeHtml(Markdown.html(markdown)));
            var out = new ByteArrayOutputStream();
            document.write(out);
            return DocxReadBack.read(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
