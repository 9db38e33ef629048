package org.quire.comment.ui;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.quire.markdown.Markdown;

/**
 * A section's blocks as the reader's script reports them ({@code blocksOf} in
 * frontend/src/review-blocks.ts): every element with a source position, in document order, with the
 * text nodes whose nearest such element it is. Computed here from the HTML Quire renders, parsed as a
 * browser would.
 */
final class BrowserBlocks {

    private BrowserBlocks() {
    }

    static List<RenderedBlock> of(String markdown) {
        var body = Jsoup.parseBodyFragment("<div>" + Markdown.html(markdown) + "</div>").body();
        var blocks = new ArrayList<Element>();
        var texts = new ArrayList<StringBuilder>();
        for (var element : body.select("[data-source-pos]")) {
            blocks.add(element);
            texts.add(new StringBuilder());
        }
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                var block = text.parent() instanceof Element parent ? parent.closest("[data-source-pos]") : null;
                if (block != null) {
                    texts.get(blocks.indexOf(block)).append(text.getWholeText());
                }
            }
        }, body);
        var result = new ArrayList<RenderedBlock>();
        for (int i = 0; i < blocks.size(); i++) {
            result.add(RenderedBlock.parse(blocks.get(i).attr("data-source-pos"), texts.get(i).toString()));
        }
        return result;
    }
}
