package org.quire.markdown;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.markdown.internal.RenderCache;
import org.quire.markdown.internal.RenderExecutor;
import org.quire.markdown.internal.RenderPipeline;
import org.quire.shared.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Caching by content, rendering off the caller's thread, and refusing work rather than queueing it forever. */
class MarkdownRendererTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @AfterAll
    static void stopRendering() {
        MARKDOWN.stopRendering();
    }

    @Test
    void theSameContentRendersOnceAndComesFromTheCacheAfterwards() {
        var first = MARKDOWN.render("# Rationale\n\nThe *same* text.");

        assertThat(MARKDOWN.render("# Rationale\n\nThe *same* text.")).isSameAs(first);
        assertThat(MARKDOWN.render("# Rationale\n\nAnother text.")).isNotSameAs(first);
    }

    @Test
    void asyncRenderingCompletesWithTheResultOfSynchronousRendering() throws Exception {
        String markdown = "## Vignette\n\nA patient *transmits* readings daily.";

        var rendered = MARKDOWN.renderAsync(markdown).get(10, TimeUnit.SECONDS);

        assertThat(rendered.html().html()).contains("<em>transmits</em>");
        assertThat(MARKDOWN.render(markdown)).isSameAs(rendered);
        assertThat(MARKDOWN.renderAsync(markdown)).isCompletedWithValue(rendered);
    }

    @Test
    void asyncRenderingOfRefusedInputFailsWithTheRefusal() {
        var future = MARKDOWN.renderAsync("x".repeat(MarkdownRenderer.MAX_BYTES + 1));

        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InputRejected.class).hasMessageContaining("512 KB");
    }

    @Test
    void asyncRenderingRunsOnTheRenderingThreads() throws Exception {
        try (var executor = new RenderExecutor(2, 4)) {
            assertThat(executor.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS))
                    .startsWith("markdown-render-");
        }
    }

    @Test
    void aFullQueueRefusesNewRenderingAtOnceInsteadOfWaiting() throws Exception {
        var release = new CountDownLatch(1);
        try (var executor = new RenderExecutor(1, 1)) {
            var markdown = new MarkdownRenderer(new RenderPipeline(new PathologicalInputGuard(MarkdownRenderer.MAX_BYTES)),
                    new RenderCache(16, 1_000_000), executor);
            var busy = executor.submit(() -> await(release));
            var queued = executor.submit(() -> await(release));

            var refused = markdown.renderAsync("Some *text*.");

            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::join).cause().isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("try again");
            release.countDown();
            busy.get(10, TimeUnit.SECONDS);
            queued.get(10, TimeUnit.SECONDS);
            assertThat(markdown.renderAsync("Some *text*.").get(10, TimeUnit.SECONDS).html().html())
                    .contains("<em>text</em>");
        }
    }

    @Test
    void theCacheDropsTheLeastRecentlyUsedBeyondItsEntryLimit() {
        var cache = new RenderCache(2, 1_000_000);
        var a = MARKDOWN.render("a");
        cache.put("a", a);
        cache.put("b", MARKDOWN.render("b"));
        cache.find("a");

        cache.put("c", MARKDOWN.render("c"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.find("a")).contains(a);
        assertThat(cache.find("b")).isEmpty();
    }

    @Test
    void theCacheStaysWithinItsSizeAndSkipsResultsTooLargeToKeep() {
        var cache = new RenderCache(100, 4_000);
        for (int i = 0; i < 20; i++) {
            cache.put("k" + i, MARKDOWN.render("Paragraph number " + i + " " + "x".repeat(300)));
        }
        assertThat(cache.chars()).isLessThanOrEqualTo(4_000);

        cache.put("huge", MARKDOWN.render("y".repeat(2_000)));

        assertThat(cache.find("huge")).isEmpty();
    }

    @Test
    void theCacheKeyIsTheContentHash() {
        assertThat(RenderCache.keyOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static Void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
