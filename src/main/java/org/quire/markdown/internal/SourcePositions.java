package org.quire.markdown.internal;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Writes each block's range in the Markdown source ({@code start-end}, character offsets) onto its
 * element; table rows and cells count as blocks. Inline elements get none: a comment anchors to a
 * block's range and the text inside it. flexmark's own option (SOURCE_POSITION_ATTRIBUTE) puts a
 * range on every element and cost 1.6 ms of a 100 KB proposal's 9.
 */
final class SourcePositions implements AttributeProvider {

    static final String ATTRIBUTE = "data-source-pos";
    /**
     * The name flexmark writes, renamed to {@link #ATTRIBUTE} by the sanitizer: flexmark escapes every
     * attribute name it writes with a regular expression, at about 10 ns a character, and this one
     * is on nearly every block.
     */
    static final String WRITTEN_AS = "qsp";

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SourcePositions();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (isBlockElement(node, part)) {
            BasedSequence source = node.getChars();
            int length = source.length();
            while (length > 0 && Character.isWhitespace(source.charAt(length - 1))) {
                length--;
            }
            int end = length == 0 ? source.getStartOffset() : source.getIndexOffset(length - 1) + 1;
            attributes.replaceValue(WRITTEN_AS, source.getStartOffset() + "-" + end);
        }
    }

    private static boolean isBlockElement(Node node, AttributablePart part) {
        if (node instanceof ListItem) {
            return part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
                    || part == CoreNodeRenderer.LOOSE_LIST_ITEM;
        }
        // footnotes are written at the end with the whole document as their node: no range of their own
        return part == AttributablePart.NODE && !(node instanceof Document)
                && (node instanceof Block || node instanceof TableRow || node instanceof TableCell);
    }
}
