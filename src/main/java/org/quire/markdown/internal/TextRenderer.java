package org.quire.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Plain text written as flexmark writes it (backslash escapes and entities decoded, line endings
 * normalized, {@code & < > "} escaped) without running its regular expressions over every
 * character of every text node: those were a fifth of the time to render a proposal. Quire's
 * pipeline also writes CPT's passage marks as spans ({@link PassageMarks}); code keeps them as typed.
 */
final class TextRenderer implements NodeRenderer {

    private final boolean passageMarks;

    private TextRenderer(boolean passageMarks) {
        this.passageMarks = passageMarks;
    }

    /** Exactly flexmark's text, to compare with. */
    static NodeRendererFactory factory() {
        return options -> new TextRenderer(false);
    }

    /** With the passage marks as spans, as Quire renders. */
    static NodeRendererFactory withPassageMarks() {
        return options -> new TextRenderer(true);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (text, context, html) -> {
            String escaped = escaped(decoded(text.getChars()));
            html.raw(passageMarks ? PassageMarks.marked(escaped) : escaped);
        }));
    }

    /** flexmark's own decoding, asked for only when there is something to decode. */
    static String decoded(BasedSequence chars) {
        // a plain piece of the source is copied at once; flexmark's toString copies a character at a time
        String text = chars instanceof SubSequence && chars.getBase() instanceof String source
                ? source.substring(chars.getStartOffset(), chars.getEndOffset())
                : chars.toString();
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = chars.unescape();
        }
        return text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text);
    }

    /** The four characters flexmark escapes in text; the text itself when it has none of them. */
    static String escaped(String text) {
        StringBuilder escaped = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, copied, i).append(entity);
                copied = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
    }
}
