package org.quire.markdown;

import org.quire.markdown.internal.FlexmarkPipeline;
import org.quire.markdown.internal.HtmlSanitizer;
import org.quire.shared.InputRejected;
import org.springframework.stereotype.Service;

/** Renders Markdown to sanitized HTML. */
@Service
public class MarkdownRenderer {

    /** Longer input is refused rather than rendered: parse time grows faster than length. */
    public static final int MAX_LENGTH = 200_000;

    private final FlexmarkPipeline pipeline;
    private final HtmlSanitizer sanitizer;

    MarkdownRenderer(FlexmarkPipeline pipeline, HtmlSanitizer sanitizer) {
        this.pipeline = pipeline;
        this.sanitizer = sanitizer;
    }

    public SafeHtml render(String markdown) {
        if (markdown.length() > MAX_LENGTH) {
            throw new InputRejected("This text is " + markdown.length() + " characters long; Quire renders at most "
                    + MAX_LENGTH + ".");
        }
        return new SafeHtml(sanitizer.sanitize(pipeline.toHtml(markdown)));
    }
}
