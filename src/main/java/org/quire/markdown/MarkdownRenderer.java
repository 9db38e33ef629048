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

    // Two threads on a two-core machine; a short queue, so a burst is refused rather than served late.
    private static final int RENDERING_THREADS = 2;
    private static final int WAITING_RENDERINGS = 16;
    // A proposal's sections are a few hundred KB of HTML in all; 32 M characters hold many proposals.
    private static final int CACHED_RESULTS = 512;
    private static final long CACHED_CHARS = 32L * 1024 * 1024;

    private final RenderPipeline pipeline;
    private final RenderCache cache;
    private final RenderExecutor executor;

    MarkdownRenderer() {
        this(new RenderPipeline(new PathologicalInputGuard(MAX_BYTES)), new RenderCache(CACHED_RESULTS, CACHED_CHARS),
                new RenderExecutor(RENDERING_THREADS, WAITING_RENDERINGS));
    }

    MarkdownRenderer(RenderPipeline pipeline, RenderCache cache, RenderExecutor executor) {
        this.pipeline = pipeline;
        this.cache = cache;
        this.executor = executor;
    }

    /**
     * Renders on the calling thread, for short texts (descriptions, comments) and tests. Whole
     * sections should go through {@link #renderAsync}: its threads have deep stacks, and flexmark
     * recurses once per character on some long constructs, so text a 1 MB request thread refuses
     * ({@link InputRejected}) may render there.
     *
     * @throws InputRejected when the text is too long or pathological; the message says what to change
     */
    public RenderedMarkdown render(String markdown) {
        if (certainlyTooLong(markdown)) {
            return pipeline.render(markdown); // refused by its size check
        }
        return renderCached(RenderCache.keyOf(markdown), markdown);
    }

    /**
     * Renders on a small bounded pool, off the caller's thread. The future fails with
     * {@link InputRejected} as {@link #render} throws it, or at once with
     * {@link RejectedExecutionException} when too much rendering is already waiting.
     */
    public CompletableFuture<RenderedMarkdown> renderAsync(String markdown) {
        if (certainlyTooLong(markdown)) {
            return executor.submit(() -> pipeline.render(markdown));
        }
        String key = RenderCache.keyOf(markdown);
        var cached = cache.find(key);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        return executor.submit(() -> renderCached(key, markdown));
    }

    private RenderedMarkdown renderCached(String key, String markdown) {
        return cache.find(key).orElseGet(() -> {
            var rendered = pipeline.render(markdown);
            cache.put(key, rendered);
            return rendered;
        });
    }

    /** More characters than the limit has bytes: refused anyway, so not worth hashing megabytes first. */
    private static boolean certainlyTooLong(String markdown) {
        return markdown.length() > MAX_BYTES;
    }

    @PreDestroy
    void stopRendering() {
        executor.close();
    }
}
