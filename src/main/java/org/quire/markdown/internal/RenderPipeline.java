package org.quire.markdown.internal;

import org.quire.markdown.RenderedMarkdown;
import org.quire.markdown.SafeHtml;
import org.quire.markdown.internal.RenderStages.Stage;
import org.quire.shared.InputRejected;

/** The steps of one rendering, in order: guard, flexmark, sanitizer, headings, HTML. Thread-safe. */
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
        return render(markdown, RenderStages.NONE);
    }

    /** As {@link #render(String)}, telling {@code stages} as each step ends. */
    public RenderedMarkdown render(String markdown, RenderStages stages) {
        guard.check(markdown);
        stages.ended(Stage.GUARD);
        HtmlSanitizer.Sanitized sanitized;
        try {
            var parsed = flexmark.parse(markdown);
            stages.ended(Stage.MARKDOWN_PARSE);
            String html = flexmark.render(parsed, markdown.length());
            stages.ended(Stage.HTML_RENDER);
            var document = sanitizer.parse(html);
            stages.ended(Stage.HTML_PARSE);
            sanitized = sanitizer.sanitize(document);
            stages.ended(Stage.SANITIZE);
        } catch (StackOverflowError tooDeep) {
            // The guard bounds what it knows to recurse; this is the net under it (flexmark's patterns
            // recurse per character, so long single constructs can overflow small stacks). Parser and
            // renderer keep no state between renderings, so nothing is left half-changed.
            throw new InputRejected("Quire could not render this text: part of it is nested too deeply or runs on "
                    + "too long in one piece (a list, quote, link, HTML comment or line of symbols). Flatten or "
                    + "shorten that part.");
        }
        var headings = HeadingOutline.of(sanitized);
        stages.ended(Stage.HEADINGS);
        String html = SanitizedHtmlWriter.contentOf(sanitized.body(), markdown.length() * 2);
        stages.ended(Stage.SERIALIZE);
        return new RenderedMarkdown(new SafeHtml(html), headings);
    }
}
