package org.quire.markdown.internal;

import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Names the empty anchor link in front of each heading for screen readers; it stays empty so
 * the heading's text (and a selection in it) is exactly the Markdown heading text.
 */
final class HeadingAnchorLabel implements AttributeProvider {

    static final String LABEL = "Link to this section";

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new HeadingAnchorLabel();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink && part == AttributablePart.NODE) {
            attributes.replaceValue("aria-label", LABEL);
        }
    }
}
