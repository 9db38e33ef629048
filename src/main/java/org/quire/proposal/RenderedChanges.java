package org.quire.proposal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.SafeHtml;
import org.quire.revision.DiffSegment;
import org.quire.revision.TextDiff;
import org.springframework.stereotype.Component;

/**
 * A word diff shown on rendered Markdown. Changed words are marked in the source with private-use
 * characters, the marked source goes through the one safe rendering pipeline, and the marks are
 * then turned into {@code <del>}/{@code <ins>} around text only (never inside attributes), so a
 * change that spans paragraphs is marked in each of them.
 */
@Component
public class RenderedChanges {

    private static final char START_DELETED = '\uE000';
    private static final char START_INSERTED = '\uE001';
    private static final char END = '\uE002';

    private final MarkdownRenderer markdown;

    RenderedChanges(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Old and new text, each rendered, deletions marked in the first and insertions in the second. */
    public List<SafeHtml> sideBySide(TextDiff diff) {
        return List.of(render(diff, DiffSegment.Kind.DELETED), render(diff, DiffSegment.Kind.INSERTED));
    }

    /** One rendering with both deletions and insertions marked. */
    public SafeHtml inline(TextDiff diff) {
        return render(diff, null);
    }

    private SafeHtml render(TextDiff diff, DiffSegment.@Nullable Kind only) {
        var marked = new StringBuilder();
        for (var segment : diff.segments()) {
            var text = strip(segment.text());
            switch (segment.kind()) {
                case EQUAL -> marked.append(text);
                case DELETED -> {
                    if (only == null || only == DiffSegment.Kind.DELETED) {
                        marked.append(START_DELETED).append(text).append(END);
                    }
                }
                case INSERTED -> {
                    if (only == null || only == DiffSegment.Kind.INSERTED) {
                        marked.append(START_INSERTED).append(text).append(END);
                    }
                }
            }
        }
        var document = Jsoup.parseBodyFragment(markdown.render(marked.toString()).html().html());
        document.outputSettings().prettyPrint(false);
        for (var element : document.getAllElements()) {
            element.attributes().forEach(attribute -> attribute.setValue(strip(attribute.getValue())));
        }
        wrapMarkedText(document);
        return new SafeHtml(document.body().html());
    }

    private static void wrapMarkedText(Document document) {
        var textNodes = new ArrayList<TextNode>();
        document.body().traverse((Node node, int depth) -> {
            if (node instanceof TextNode text) {
                textNodes.add(text);
            }
        });
        char open = 0;
        for (var node : textNodes) {
            var text = node.getWholeText();
            var pieces = new ArrayList<Node>();
            var run = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == START_DELETED || c == START_INSERTED || c == END) {
                    flush(run, open, pieces);
                    open = c == END ? 0 : c;
                } else {
                    run.append(c);
                }
            }
            flush(run, open, pieces);
            for (var piece : pieces) {
                node.before(piece);
            }
            node.remove();
        }
    }

    private static void flush(StringBuilder run, char open, List<Node> pieces) {
        if (run.isEmpty()) {
            return;
        }
        var text = new TextNode(run.toString());
        if (open == 0) {
            pieces.add(text);
        } else {
            var mark = new Element(open == START_DELETED ? "del" : "ins")
                    .addClass(open == START_DELETED ? "change-deleted" : "change-inserted");
            mark.appendChild(text);
            pieces.add(mark);
        }
        run.setLength(0);
    }

    private static String strip(String text) {
        return text.replace(String.valueOf(START_DELETED), "").replace(String.valueOf(START_INSERTED), "")
                .replace(String.valueOf(END), "");
    }
}
