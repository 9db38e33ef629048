package org.quire.storage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch's one background thread: it pings repeatedly once started and not at all once stopped. */
class StoreWatchTest {

    final StoreStatus status = new StoreStatus(event -> { });

    @Test
    void pingsRepeatedlyOnOneDaemonThreadUntilStopped() throws InterruptedException {
        var pings = new AtomicInteger();
        var threePings = new CountDownLatch(3);
        var pingThread = new Thread[1];
        var watch = new StoreWatch(status, () -> {
            pingThread[0] = Thread.currentThread();
            pings.incrementAndGet();
            threePings.countDown();
        }, Duration.ofMillis(10), Duration.ofMillis(5));

        watch.start();
        watch.start(); // a second start changes nothing
        assertThat(threePings.await(5, TimeUnit.SECONDS)).isTrue();
        watch.stop();
        var afterStop = pings.get();
        Thread.sleep(50);

        assertThat(pings.get()).as("no ping after stop").isEqualTo(afterStop);
        assertThat(pingThread[0].getName()).isEqualTo("quire-store-watch");
        assertThat(pingThread[0].isDaemon()).isTrue();
        pingThread[0].join(1_000);
        assertThat(pingThread[0].isAlive()).as("the thread ends").isFalse();
    }

    @Test
    void aPingInterruptedByStoppingIsNoOutage() throws InterruptedException {
        var pinging = new CountDownLatch(1);
        var watch = new StoreWatch(status, () -> {
            pinging.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        }, Duration.ofSeconds(2), Duration.ofSeconds(1));

        watch.start();
        assertThat(pinging.await(5, TimeUnit.SECONDS)).isTrue();
        watch.stop();

        assertThat(status.isAvailable()).isTrue();
    }
}
