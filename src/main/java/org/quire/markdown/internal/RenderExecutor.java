package org.quire.markdown.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A few rendering threads with a short queue. A parse cannot be stopped once started, so the
 * bound is on how many run and wait: when the queue is full, new work is refused at once with a
 * message, never left to hang.
 */
public final class RenderExecutor implements AutoCloseable {

    /**
     * Eight times a request thread's default: some of flexmark's patterns recurse once per character
     * (long HTML comments, tags with many attributes), so text a 1 MB stack must refuse renders here.
     */
    private static final long STACK_BYTES = 8L * 1024 * 1024;

    private final ThreadPoolExecutor executor;

    public RenderExecutor(int threads, int queueCapacity) {
        var factory = Thread.ofPlatform().name("markdown-render-", 1).daemon(true).stackSize(STACK_BYTES).factory();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.AbortPolicy());
    }

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedFuture(new RejectedExecutionException(
                    "Quire is rendering many texts at the moment and cannot take more; try again in a few seconds.",
                    full));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
