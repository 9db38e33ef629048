package org.quire.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Code spans with the spacing of CommonMark 0.31: line endings become spaces, and one space is
 * stripped from each end only when both ends have one (so {@code `` ` ``} shows a backtick).
 * flexmark 0.64 trims all surrounding whitespace, as older versions of the spec did.
 */
final class CodeSpanRenderer implements NodeRenderer {

    static NodeRendererFactory factory() {
        return options -> new CodeSpanRenderer();
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, (code, context, html) -> {
            html.withAttr().tag("code");
            html.raw(TextRenderer.escaped(spaced(code.getText().toString())));
            html.tag("/code");
        }));
    }

    static String spaced(String content) {
        String oneLine = content.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        boolean strip = oneLine.length() >= 2 && oneLine.charAt(0) == ' ' && oneLine.charAt(oneLine.length() - 1) == ' '
                && !oneLine.isBlank();
        return strip ? oneLine.substring(1, oneLine.length() - 1) : oneLine;
    }
}
