package org.quire.export.internal;

import java.util.Set;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.export.internal.DocxRuns.Format;
import org.quire.markdown.SafeHtml;

/**
 * A section's rendered HTML ({@code ExportedSection.html}, Quire's sanitized rendering of its Markdown)
 * as Word paragraphs: its headings as Heading 2 and 3 (the section title is Heading 1), paragraphs,
 * Word-numbered lists, block quotes, code blocks and tables. Inline content is {@link DocxHtmlInline}'s.
 * One per document, as it numbers the document's lists.
 */
final class DocxHtmlBody {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "pre", "table", "hr", "dl", "dt", "dd", "div", "details", "summary", "section", "figure",
            "figcaption", "li");

    /** Where paragraphs go: the style they take and how far they are indented (twips). */
    private record Where(@Nullable String style, int indent) {

        static final Where BODY = new Where(null, 0);

        Where quoted() {
            return new Where(DocxStyles.QUOTE, indent);
        }

        Where indented() {
            return new Where(style, indent + DocxStyles.INDENT);
        }

        static Where inList(int level) {
            return new Where(DocxStyles.LIST_PARAGRAPH, (level + 1) * DocxStyles.INDENT);
        }
    }

    private final XWPFDocument document;
    private final DocxLists lists;

    DocxHtmlBody(XWPFDocument document) {
        this.document = document;
        this.lists = new DocxLists(document);
    }

    void append(SafeHtml html) {
        blocks(Jsoup.parseBodyFragment(html.html()).body(), Where.BODY);
    }

    /** Block children each as their own paragraphs; runs of inline children between them as one paragraph. */
    private void blocks(Element parent, Where where) {
        @Nullable DocxHtmlInline loose = null;
        for (var node : parent.childNodes()) {
            if (isBlock(node)) {
                finish(loose);
                loose = null;
                block((Element) node, where);
            } else if (loose != null || !isBlank(node)) {
                loose = loose != null ? loose : new DocxHtmlInline(paragraph(where));
                loose.append(node, Format.PLAIN);
            }
        }
        finish(loose);
    }

    private void block(Element element, Where where) {
        switch (element.normalName()) {
            case "h1", "h2" -> inline(element, DocxRuns.paragraph(document, DocxStyles.HEADING_2), Format.PLAIN);
            case "h3", "h4", "h5", "h6" -> inline(element, DocxRuns.paragraph(document, DocxStyles.HEADING_3),
                    Format.PLAIN);
            case "p", "figcaption", "li" -> inline(element, paragraph(where), Format.PLAIN);
            case "dt", "summary" -> inline(element, paragraph(where), Format.BOLD);
            case "ul", "ol" -> list(element, where.style() == null ? 0 : where.indent() / DocxStyles.INDENT);
            case "blockquote" -> blocks(element, where.quoted());
            case "dd" -> blocks(element, where.indented());
            case "pre" -> DocxRuns.lines(DocxRuns.paragraph(document, DocxStyles.CODE_BLOCK),
                    element.wholeText().stripTrailing(), Format.PLAIN);
            case "table" -> DocxHtmlTable.append(document, element);
            case "hr" -> paragraph(where).setBorderBottom(Borders.SINGLE);
            default -> blocks(element, where); // div, details, dl, section, figure
        }
    }

    /**
     * Each item a numbered (or bulleted) paragraph; a loose item's first paragraph is that paragraph,
     * its further blocks are indented under it, and a list within it is a level deeper.
     */
    private void list(Element list, int depth) {
        int level = DocxLists.level(depth);
        boolean numbered = list.normalName().equals("ol");
        var id = lists.start(numbered, numbered ? first(list) : 1, level);
        for (var item : list.children()) {
            var first = document.createParagraph();
            DocxLists.item(first, id, level);
            @Nullable DocxHtmlInline inline = new DocxHtmlInline(first);
            boolean firstOpen = true;
            for (var node : item.childNodes()) {
                if (node instanceof Element child && (child.nameIs("ul") || child.nameIs("ol"))) {
                    finish(inline);
                    inline = null;
                    firstOpen = false;
                    list(child, depth + 1);
                } else if (isBlock(node)) {
                    var child = (Element) node;
                    if (firstOpen && child.normalName().equals("p") && first.getRuns().isEmpty() && inline != null) {
                        inline.children(child, Format.PLAIN);
                    } else {
                        finish(inline);
                        inline = null;
                        block(child, Where.inList(level));
                    }
                    firstOpen = false;
                } else if (inline != null || !isBlank(node)) {
                    inline = inline != null ? inline : new DocxHtmlInline(paragraph(Where.inList(level)));
                    inline.append(node, Format.PLAIN);
                }
            }
            finish(inline);
        }
    }

    private void inline(Element element, XWPFParagraph paragraph, Format format) {
        var inline = new DocxHtmlInline(paragraph);
        inline.children(element, format);
        inline.finish();
    }

    private XWPFParagraph paragraph(Where where) {
        var paragraph = document.createParagraph();
        if (where.style() != null) {
            paragraph.setStyle(where.style());
        }
        if (where.indent() > 0) {
            paragraph.setIndentationLeft(where.indent());
        }
        return paragraph;
    }

    private static int first(Element list) {
        try {
            return Math.max(0, Integer.parseInt(list.attr("start").strip()));
        } catch (NumberFormatException none) {
            return 1;
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode text ? text.isBlank() : !(node instanceof Element);
    }

    private static void finish(@Nullable DocxHtmlInline inline) {
        if (inline != null) {
            inline.finish();
        }
    }
}
