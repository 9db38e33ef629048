package org.quire.markdown.internal;

import java.util.List;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteLinkRefProcessor;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.ins.InsExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

/**
 * flexmark-java, configured once: CommonMark with GFM tables, strikethrough, task lists and
 * autolinks, footnotes, heading ids with anchor links, and {@code ++inserted++} text. Parser and
 * renderer are immutable and shared by all rendering threads. Some of flexmark's own parts sit
 * behind filters that spare them lines and text they cannot match ({@link HeadingStartFilter},
 * {@link BlockStartFilter}, {@link LinkPostProcessor}), or are replaced by equivalents without its
 * regular expressions ({@link TextRenderer}, which also writes CPT's {@link PassageMarks}).
 * <p>
 * Raw HTML passes through on purpose: the sanitizer reduces it to its allow-list (so CPT markup
 * such as {@code <u>}, {@code <sub>} and {@code <sup>} works) and removes everything else.
 */
final class FlexmarkPipeline {

    private final Parser parser;
    private final HtmlRenderer renderer;

    FlexmarkPipeline() {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        TaskListExtension.create(), FootnoteExtension.create(),
                        AnchorLinkExtension.create(), InsExtension.create()))
                // the GFM table dialect, as the tables extension's documentation gives it
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.MIN_HEADER_ROWS, 1)
                .set(TablesExtension.MAX_HEADER_ROWS, 1)
                // percent-encoded as CommonMark expects; also keeps spaces and controls out of hrefs
                .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                // the id sits on the heading; the anchor only links to it, never wraps the text
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                .set(Parser.HEADING_PARSER, false) // replaced by HeadingStartFilter, below
                .set(Parser.FENCED_CODE_BLOCK_PARSER, false) // replaced by BlockStartFilter.fencedCode()
                // looks for {attribute} nodes under every element; Quire has no attributes extension
                .set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false)
                // no reformatting of the HTML as it is written: the sanitizer reads it, no person does
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
                .toImmutable();
        // The anchor-link and footnote extensions render as registered; their parsing parts are below,
        // behind the filters.
        DataHolder parsing = options.toMutable()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        TaskListExtension.create(), InsExtension.create()))
                .toImmutable();
        parser = Parser.builder(parsing)
                .customBlockParserFactory(BlockStartFilter.footnotes())
                .linkRefProcessorFactory(new FootnoteLinkRefProcessor.Factory())
                .customBlockParserFactory(new HeadingStartFilter())
                .customBlockParserFactory(BlockStartFilter.fencedCode())
                .postProcessorFactory(LinkPostProcessor.factory()) // heading anchors and autolinks
                .build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(TextRenderer.withPassageMarks())
                .nodeRendererFactory(CodeSpanRenderer.factory())
                .attributeProviderFactory(UnsafeLinkRemover.factory())
                .attributeProviderFactory(SourcePositions.factory())
                .attributeProviderFactory(HeadingAnchorLabel.factory())
                .build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Document parsed, int markdownLength) {
        // presized: doubling a builder up to the output's size was a measurable share of the garbage
        var html = new StringBuilder(markdownLength * 2);
        renderer.render(parsed, html);
        return html.toString();
    }
}
