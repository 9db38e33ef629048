package org.quire.markdown.internal;

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
        this.guard = guard;
        this.flexmark = new FlexmarkPipeline();
        this.sanitizer = new HtmlSanitizer();
    }

    public RenderedMarkdown render(String markdown) {
        guard.check(markdown);
        Document sanitized;
        try {
            sanitized = sanitizer.sanitize(flexmark.toHtml(markdown));
        } catch (StackOverflowError tooDeep) {
            // The guard bounds what it knows to recurse; this is the net under it (flexmark's patterns
            // recurse per character, so long single constructs can overflow small stacks). Parser and
            // renderer keep no state between renderings, so nothing is left half-changed.
            throw new InputRejected("Quire could not render this text: part of it is nested too deeply or runs on "
                    + "too long in one piece (a list, quote, link, HTML comment or line of symbols). Flatten or "
                    + "shorten that part.");
        }
        var headings = HeadingOutline.of(sanitized);
        String html = sanitized.body().html(new StringBuilder(markdown.length() * 2)).toString();
        return new RenderedMarkdown(new SafeHtml(html), headings);
    }
}
