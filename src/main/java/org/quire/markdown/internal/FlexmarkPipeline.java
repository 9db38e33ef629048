package org.quire.markdown.internal;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.springframework.stereotype.Component;

/**
 * flexmark-java, configured once: CommonMark with GFM tables, strikethrough and autolinks. Raw
 * HTML is escaped here already; the sanitizer after it is what makes the output safe.
 */
@Component
public class FlexmarkPipeline {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, false)
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
