package org.quire.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolinker (ext-autolink), run only on text that can hold a bare link: a scheme's
 * {@code ://}, {@code www.} or an {@code @}. It unescapes and regex-scans every text node
 * otherwise, which was the largest single cost of rendering a proposal (about 5 of 12 ms).
 */
final class AutolinkCandidateFilter extends NodePostProcessorFactory {

    private final AutolinkNodePostProcessor.Factory autolinks = new AutolinkNodePostProcessor.Factory();

    AutolinkCandidateFilter() {
        super(false);
        addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
        NodePostProcessor linker = autolinks.apply(document);
        return new NodePostProcessor() {
            @Override
            public void process(NodeTracker state, Node node) {
                BasedSequence chars = node.getChars();
                // the source string itself: reading through flexmark's sequence costs a call per character
                boolean candidate = chars.getBase() instanceof String source
                        ? mayHoldLink(source, chars.getStartOffset(), chars.getEndOffset())
                        : mayHoldLink(chars, 0, chars.length());
                if (candidate) {
                    linker.process(state, node);
                }
            }
        };
    }

    /**
     * Allocation-free: this runs on every text node of every rendering. Reading a few characters
     * past {@code end} only ever says yes more often, which is safe.
     */
    static boolean mayHoldLink(CharSequence text, int start, int end) {
        int length = text.length();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@'
                    || c == ':' && i + 2 < length && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/'
                    || (c == 'w' || c == 'W') && i + 3 < length && isWww(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWww(CharSequence text, int start) {
        return (text.charAt(start + 1) | 0x20) == 'w' && (text.charAt(start + 2) | 0x20) == 'w'
                && text.charAt(start + 3) == '.';
    }
}
