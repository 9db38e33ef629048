package org.quire.proposal.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.quire.descriptor.DescriptorRendering;
import org.quire.descriptor.DescriptorSet;
import org.quire.markdown.SafeHtml;
import org.quire.markdown.ui.RenderedLater;
import org.quire.revision.Revision;

/**
 * Descriptor sets rendered off the request thread and kept by the content hash of the revision they
 * were stored as: a revision never changes, and a restored one renders like the one it restores. The
 * worst set the limits allow took up to a second to render (DD009), so two workers do it and the
 * cache keeps at most {@value #CACHED_CHARS} characters, least recently used first out.
 */
final class DescriptorHtmlCache {

    static final long CACHED_CHARS = 16L * 1024 * 1024;

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("descriptor-rendering-", 0).factory());
    private static final Map<String, CompletableFuture<SafeHtml>> RENDERED = new LinkedHashMap<>(16, 0.75f, true);
    private static long cachedChars;

    private DescriptorHtmlCache() {
    }

    /** The set stored as {@code revision}, rendered or being rendered (one rendering per revision at a time). */
    static CompletableFuture<SafeHtml> render(Revision revision, DescriptorSet set) {
        var key = revision.contentHash();
        synchronized (RENDERED) {
            var known = RENDERED.get(key);
            if (known != null) {
                return known;
            }
            var rendering = CompletableFuture.supplyAsync(() -> DescriptorRendering.render(set), WORKERS);
            RENDERED.put(key, rendering);
            rendering.whenComplete((html, problem) -> settle(key, rendering, html));
            return rendering;
        }
    }

    /** Waits (off the request thread) for the rendering, at most {@link RenderedLater#BUDGET_SECONDS}. */
    static void await(Revision revision, DescriptorSet set) {
        try {
            render(revision, set).get(RenderedLater.BUDGET_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException slowOrFailed) {
            // the rendered set shows its progress or its problem itself
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void settle(String key, CompletableFuture<SafeHtml> rendering, @Nullable SafeHtml html) {
        synchronized (RENDERED) {
            if (html == null) {
                RENDERED.remove(key, rendering); // a later look tries again
                return;
            }
            cachedChars += html.html().length();
            var oldestFirst = RENDERED.entrySet().iterator();
            while (cachedChars > CACHED_CHARS && oldestFirst.hasNext()) {
                var entry = oldestFirst.next();
                if (entry.getValue() != rendering && entry.getValue().isDone()
                        && !entry.getValue().isCompletedExceptionally()) {
                    cachedChars -= entry.getValue().join().html().length();
                    oldestFirst.remove();
                }
            }
        }
    }
}
