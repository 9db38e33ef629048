package org.quire.markdown.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.jsoup.nodes.Document;
import org.quire.markdown.RenderedMarkdown;
import org.quire.markdown.SafeHtml;
import org.quire.shared.InputRejected;

/** The steps of one rendering, in order: guard, flexmark, sanitizer, headings. Thread-safe. */
public final class RenderPipeline {

    private final PathologicalInputGuard guard;
    private final FlexmarkPipeline flexmark;
    private final HtmlSanitizer sanitizer;

    public RenderPipeline(PathologicalInputGuard guard) {
        // a fresh name per start: raw HTML in the Markdown cannot know it, so cannot forge a position
        String positionAttribute = "data-quire-pos-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        this.guard = guard;
        this.flexmark = new FlexmarkPipeline(positionAttribute);
        this.sanitizer = new HtmlSanitizer(positionAttribute);
    }

    public RenderedMarkdown render(String markdown) {
        guard.check(markdown);
        Document sanitized;
        try {
            sanitized = sanitizer.sanitize(flexmark.toHtml(markdown));
        } catch (StackOverflowError tooDeep) {
            // the guard bounds nesting; this is the net under it. Parser and renderer keep no state
            // between renderings, so nothing is left half-changed.
            throw new InputRejected("This text is nested too deeply to render. Flatten its lists, block quotes, "
                    + "brackets or emphasis.");
        }
        var headings = HeadingOutline.of(sanitized);
        return new RenderedMarkdown(new SafeHtml(sanitized.body().html()), headings);
    }
}
