package org.quire.shared;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BroadcastTest {

    @Test
    void eachListenerOfTheKeyIsToldEvenWhenAnotherFails() throws InterruptedException {
        try (var broadcast = new Broadcast<String, String>("A test listener")) {
            var told = new CopyOnWriteArrayList<String>();
            var delivered = new CountDownLatch(2);
            broadcast.subscribe("proposal-1", event -> {
                delivered.countDown();
                throw new IllegalStateException("this page is broken");
            });
            broadcast.subscribe("proposal-1", event -> {
                told.add(event);
                delivered.countDown();
            });
            broadcast.subscribe("proposal-2", told::add);

            broadcast.tell("proposal-1", "saved");

            assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(told).containsExactly("saved");
        }
    }

    @Test
    void aCancelledListenerIsNoLongerCountedAndTheKeyIsForgotten() {
        try (var broadcast = new Broadcast<String, String>("A test listener")) {
            var first = broadcast.subscribe("proposal-1", event -> { });
            var second = broadcast.subscribe("proposal-1", event -> { });
            assertThat(broadcast.listenerCount("proposal-1")).isEqualTo(2);

            first.cancel();
            first.cancel();
            assertThat(broadcast.listenerCount("proposal-1")).isEqualTo(1);
            second.cancel();
            assertThat(broadcast.listenerCount("proposal-1")).isZero();
        }
    }

    @Test
    void afterClosingNothingIsDelivered() throws InterruptedException {
        var broadcast = new Broadcast<String, String>("A test listener");
        var told = new CountDownLatch(1);
        broadcast.subscribe("proposal-1", event -> told.countDown());
        broadcast.close();

        broadcast.tell("proposal-1", "saved");

        assertThat(told.await(200, TimeUnit.MILLISECONDS)).isFalse();
    }
}
