package org.quire.markdown.internal;

import java.util.ArrayList;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodePostProcessor;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * What flexmark's anchor-link and autolink extensions add to a parsed document, in one walk over it:
 * the anchor link at the start of each heading, and links for bare web and e-mail addresses.
 * Registered as node post-processors, as the extensions do, they made flexmark first index every node
 * of the document by type, a tenth of the parse.
 * <p>
 * The autolinker runs only on text that can hold a bare link ({@link AutolinkTriggers}). It unescapes
 * and regex-scans every text node otherwise, which was the largest single cost of rendering a
 * proposal (about 5 of 12 ms).
 */
final class LinkPostProcessor extends DocumentPostProcessor {

    /** flexmark's own processors report the nodes they add and remove; only that index needed them. */
    private static final NodeTracker UNTRACKED = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };

    private final NodePostProcessor anchors;
    private final NodePostProcessor autolinks;

    private LinkPostProcessor(Document document) {
        this.anchors = new AnchorLinkNodePostProcessor(document);
        this.autolinks = new AutolinkNodePostProcessor(document);
    }

    static DocumentPostProcessorFactory factory() {
        return new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new LinkPostProcessor(document);
            }
        };
    }

    @Override
    public Document processDocument(Document document) {
        var headings = new ArrayList<Node>();
        var texts = new ArrayList<Node>();
        for (Node node = document.getFirstChild(); node != null; node = following(node, document)) {
            if (node.getClass() == Heading.class) { // the exact classes the extensions register for
                headings.add(node);
            } else if (node.getClass() == Text.class) {
                texts.add(node);
            }
        }
        for (Node heading : headings) {
            anchors.process(UNTRACKED, heading);
        }
        for (Node text : texts) { // as flexmark runs them: text an earlier one replaced is skipped
            if (text.getParent() != null && mayHoldLink(text.getChars())) {
                autolinks.process(UNTRACKED, text);
            }
        }
        return document;
    }

    /** The next node in document order; a loop, as documents can nest deeply. */
    private static Node following(Node node, Document document) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != document; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    private static boolean mayHoldLink(BasedSequence chars) {
        // the source string itself: reading through flexmark's sequence costs a call per character
        return chars.getBase() instanceof String source
                ? AutolinkTriggers.anyIn(source, chars.getStartOffset(), chars.getEndOffset())
                : AutolinkTriggers.anyIn(chars.toString(), 0, chars.length());
    }
}
