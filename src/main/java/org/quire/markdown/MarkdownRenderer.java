package org.quire.markdown;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.markdown.internal.RenderCache;
import org.quire.markdown.internal.RenderExecutor;
import org.quire.markdown.internal.RenderPipeline;
import org.quire.shared.InputRejected;
import org.springframework.stereotype.Service;

/**
 * Renders Markdown to sanitized HTML: the only way Markdown becomes HTML in Quire. Results are
 * cached by content hash. Input over {@link #MAX_BYTES}, or shaped to make the parser slow or
 * crash, is refused with {@link InputRejected} before parsing starts.
 */
@Service
public class MarkdownRenderer {

    /** Longest Markdown rendered, in UTF-8 bytes (one section). */
    public static final int MAX_BYTES = 512 * 1024;

    private final RenderPipeline pipeline;
    private final RenderCache cache;
    private final RenderExecutor executor;

    MarkdownRenderer() {
        this(new RenderPipeline(new PathologicalInputGuard(MAX_BYTES)), new RenderCache(512, 32L * 1024 * 1024),
                new RenderExecutor(2, 16));
    }

    MarkdownRenderer(RenderPipeline pipeline, RenderCache cache, RenderExecutor executor) {
        this.pipeline = pipeline;
        this.cache = cache;
        this.executor = executor;
    }

    /**
     * Renders on the calling thread; for short texts and tests. Views should use
     * {@link #renderAsync} for whole sections.
     *
     * @throws InputRejected when the text is too long or pathological; the message says what to change
     */
    public RenderedMarkdown render(String markdown) {
        String key = RenderCache.keyOf(markdown);
        return cache.find(key).orElseGet(() -> {
            var rendered = pipeline.render(markdown);
            cache.put(key, rendered);
            return rendered;
        });
    }

    /**
     * Renders on a small bounded pool, off the caller's thread. The future fails with
     * {@link InputRejected} as {@link #render} throws it, or with {@link RejectedExecutionException}
     * when too much rendering is already waiting.
     */
    public CompletableFuture<RenderedMarkdown> renderAsync(String markdown) {
        var cached = cache.find(RenderCache.keyOf(markdown));
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return executor.submit(() -> render(markdown));
    }

    @PreDestroy
    void stopRendering() {
        executor.close();
    }
}
