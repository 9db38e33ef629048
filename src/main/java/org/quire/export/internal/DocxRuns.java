package org.quire.export.internal;

import java.net.URI;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;

/**
 * Paragraphs, and runs of text with their character formatting. CPT's marks within any text get runs
 * of their own in the symbol style, because the body font lacks them (see {@link DocxStyles}).
 */
final class DocxRuns {

    /** CPT's marks, the passage marks, and the variation selector that may follow ⚡. */
    private static final String SYMBOLS = "●▲★⊘☎⚡▶◀\uFE0E";

    /** How a run looks; each element of an HTML text adds to what it is nested in. */
    record Format(boolean bold, boolean italic, boolean struck, boolean underlined, boolean code,
            VerticalAlign position, boolean highlighted) {

        static final Format PLAIN = new Format(false, false, false, false, false, VerticalAlign.BASELINE, false);
        static final Format STRUCK = PLAIN.withStruck();
        static final Format UNDERLINED = PLAIN.withUnderlined();
        static final Format BOLD = PLAIN.withBold();

        Format withBold() {
            return new Format(true, italic, struck, underlined, code, position, highlighted);
        }

        Format withItalic() {
            return new Format(bold, true, struck, underlined, code, position, highlighted);
        }

        Format withStruck() {
            return new Format(bold, italic, true, underlined, code, position, highlighted);
        }

        Format withUnderlined() {
            return new Format(bold, italic, struck, true, code, position, highlighted);
        }

        Format withCode() {
            return new Format(bold, italic, struck, underlined, true, position, highlighted);
        }

        Format at(VerticalAlign newPosition) {
            return new Format(bold, italic, struck, underlined, code, newPosition, highlighted);
        }

        Format withHighlight() {
            return new Format(bold, italic, struck, underlined, code, position, true);
        }
    }

    private DocxRuns() {
    }

    /** A new paragraph at the end of the document, in this style. */
    static XWPFParagraph paragraph(XWPFDocument document, String style) {
        var paragraph = document.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    /** A heading paragraph: Word's heading styles put it in the navigation pane. */
    static XWPFParagraph heading(XWPFDocument document, String style, String text) {
        var heading = paragraph(document, style);
        text(heading, text, Format.PLAIN);
        return heading;
    }

    /**
     * The text in as many runs as it has stretches of symbols and of other characters.
     *
     * @return the last run, or {@code null} for empty text
     */
    static @Nullable XWPFRun text(XWPFParagraph paragraph, String text, Format format) {
        XWPFRun run = null;
        int start = 0;
        while (start < text.length()) {
            boolean symbols = isSymbol(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && isSymbol(text.charAt(end)) == symbols) {
                end++;
            }
            run = run(paragraph, text.substring(start, end), format);
            if (symbols) {
                run.setStyle(DocxStyles.SYMBOL);
            }
            start = end;
        }
        return run;
    }

    /** Text with line breaks kept (disposition responses, code blocks). */
    static void lines(XWPFParagraph paragraph, String text, Format format) {
        var lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraph.createRun().addBreak();
            }
            if (!lines[i].isEmpty()) {
                text(paragraph, lines[i], format);
            }
        }
    }

    /** One run, however the text reads; the caller styles it further. */
    static XWPFRun run(XWPFParagraph paragraph, String text, Format format) {
        var run = paragraph.createRun();
        format(run, format);
        run.setText(text);
        return run;
    }

    /** A link Word opens, when the address is one; otherwise the text followed by the address. */
    static void link(XWPFParagraph paragraph, String text, String href, Format format) {
        var scheme = href.contains(":") ? href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) || !isUri(href)) {
            text(paragraph, text, format);
            return;
        }
        var run = paragraph.createHyperlinkRun(href);
        format(run, format);
        run.setStyle(DocxStyles.HYPERLINK);
        run.setText(text.isBlank() ? href : text);
    }

    private static boolean isSymbol(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    private static void format(XWPFRun run, Format format) {
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.struck()) {
            run.setStrikeThrough(true);
        }
        if (format.underlined()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (format.code()) {
            run.setStyle(DocxStyles.INLINE_CODE);
        }
        if (format.position() != VerticalAlign.BASELINE) {
            run.setSubscript(format.position());
        }
        if (format.highlighted()) {
            run.setTextHighlightColor("yellow");
        }
    }

    private static boolean isUri(String href) {
        try {
            URI.create(href);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
