package org.quire.markdown.internal;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Drops the target of a Markdown link, image or autolink whose scheme is not allowed, so it
 * renders as plain text. flexmark hands over the URL with entities and backslash escapes decoded
 * (and percent-encoded); the sanitizer checks again on the final HTML, where links written as raw
 * HTML are caught too.
 */
final class UnsafeLinkRemover implements AttributeProvider {

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new UnsafeLinkRemover();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        removeIfUnsafe(attributes, "href");
        removeIfUnsafe(attributes, "src");
    }

    private static void removeIfUnsafe(MutableAttributes attributes, String name) {
        if (attributes.contains(name) && !UrlSchemeCheck.allows(attributes.getValue(name))) {
            attributes.remove(name);
        }
    }
}
