package org.quire.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/** The availability state machine on its own: no database, a fake ping and a hand-moved clock. */
class StoreStatusTest {

    final List<Object> events = new ArrayList<>();
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    final StoreStatus status = new StoreStatus(events::add, () -> now);

    boolean answers = true;
    int pings;
    final StoreWatch watch = new StoreWatch(status, this::ping, Duration.ofSeconds(2), Duration.ofSeconds(1));

    void ping() {
        pings++;
        if (!answers) {
            throw new IllegalStateException("Connection refused");
        }
    }

    @Test
    void startsAvailableAndPublishesNothingWhileTheDatabaseKeepsAnswering() {
        watch.check();
        watch.check();

        assertThat(status.isAvailable()).isTrue();
        assertThat(status.current()).isEqualTo(new StoreState(true, now, null));
        assertThat(events).isEmpty();
    }

    @Test
    void aFailedPingMakesItUnavailableWithOneEventHoweverManyPingsFail() {
        answers = false;
        watch.check();
        var wentDown = now;
        now = now.plusSeconds(1);
        watch.check();
        now = now.plusSeconds(1);
        watch.check();

        assertThat(status.isAvailable()).isFalse();
        assertThat(status.current().since()).as("since the first failure").isEqualTo(wentDown);
        assertThat(status.current().lastError()).isEqualTo("Connection refused");
        assertThat(events).containsExactly(new StoreUnavailable(wentDown, "Connection refused"));
    }

    @Test
    void aPingAnsweredAfterAnOutageMakesItAvailableWithOneEventTellingHowLongItLasted() {
        answers = false;
        watch.check();
        var wentDown = now;
        now = now.plusSeconds(7);
        answers = true;
        watch.check();
        now = now.plusSeconds(2);
        watch.check();

        assertThat(status.isAvailable()).isTrue();
        assertThat(status.current()).isEqualTo(new StoreState(true, wentDown.plusSeconds(7), null));
        assertThat(events).containsExactly(new StoreUnavailable(wentDown, "Connection refused"),
                new StoreAvailable(wentDown.plusSeconds(7), Duration.ofSeconds(7)));
    }

    @Test
    void aReportedOutageMakesItUnavailableAtOnceWithoutWaitingForAPing() {
        var taken = status.reportFailure(new DataAccessResourceFailureException("Timed out waiting for a server"));

        assertThat(taken).isTrue();
        assertThat(pings).isZero();
        assertThat(status.isAvailable()).isFalse();
        assertThat(events).containsExactly(new StoreUnavailable(now, "Timed out waiting for a server"));
    }

    @Test
    void aReportedOutageWhileAlreadyDownOnlyUpdatesTheLastError() {
        answers = false;
        watch.check();

        status.reportFailure(new DataAccessResourceFailureException("Socket closed"));

        assertThat(status.current().lastError()).isEqualTo("Socket closed");
        assertThat(events).hasSize(1);
    }

    @Test
    void failuresThatSayNothingAboutTheDatabaseAreIgnored() {
        assertThat(status.reportFailure(new DuplicateKeyException("revision 4 exists"))).isFalse();
        assertThat(status.reportFailure(new OptimisticLockingFailureException("stale"))).isFalse();

        assertThat(status.isAvailable()).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void anAnswerToAPingSentBeforeAReportedOutageDoesNotEndThatOutage() {
        var beforePing = status.current();
        status.reportFailure(new DataAccessResourceFailureException("Socket closed"));

        status.markAvailable(beforePing);

        assertThat(status.isAvailable()).isFalse();
        assertThat(events).hasSize(1);
    }

    @Test
    void pingsMoreOftenWhileTheDatabaseIsDown() {
        assertThat(watch.nextDelay()).isEqualTo(Duration.ofSeconds(2));
        answers = false;
        watch.check();
        assertThat(watch.nextDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void subscribersHearEachChangeUntilTheyCancel() {
        var heard = new ArrayList<Boolean>();
        var subscription = status.subscribe(state -> heard.add(state.available()));
        status.subscribe(state -> {
            throw new IllegalStateException("a broken subscriber does not stop the others");
        });

        answers = false;
        watch.check();
        watch.check();
        answers = true;
        watch.check();
        subscription.cancel();
        answers = false;
        watch.check();

        assertThat(heard).containsExactly(false, true);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheChange() {
        var failing = new StoreStatus(event -> {
            throw new IllegalStateException("listener failed");
        }, () -> now);

        failing.markUnavailable("Connection refused");

        assertThat(failing.isAvailable()).isFalse();
    }
}
