package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who has each proposal open, for the avatars in its views. A view enters when it opens and leaves
 * when it closes (the browser says so when a tab closes); a visit whose page stopped sending
 * heartbeats for {@code quire.presence.timeout} is dropped as the fallback.
 */
@Component
public class ProposalPresence implements DisposableBean {

    private final ProposalAccess proposalAccess;
    private final Clock clock;
    private final Duration timeout;
    private final Map<ProposalId, Set<Visit>> visits = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("quire-presence-sweeper").factory());

    ProposalPresence(ProposalAccess proposalAccess, Clock clock,
            @Value("${quire.presence.timeout:35s}") Duration timeout) {
        this.proposalAccess = proposalAccess;
        this.clock = clock;
        this.timeout = timeout;
        long period = Math.max(1, timeout.toMillis() / 4);
        sweeper.scheduleWithFixedDelay(this::dropSilentVisits, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * The signed-in person opens a proposal they may read. {@code onChange} receives everyone
     * present (this visit included) now and after every arrival or departure, on a thread of its own.
     */
    public Visit enter(ProposalId proposal, @Nullable SectionId section, Presence.Activity activity,
            Consumer<List<Presence>> onChange) {
        var person = proposalAccess.toRead(proposal).person();
        var visit = new Visit(proposal, new Presence(person.key(), person.name(), section, activity), onChange,
                clock.instant());
        // compute, not computeIfAbsent + add: a departure emptying the set at the same moment
        // must not drop it from the map with this visit in it
        visits.compute(proposal, (id, present) -> {
            var set = present == null ? ConcurrentHashMap.<Visit>newKeySet() : present;
            set.add(visit);
            return set;
        });
        announce(proposal);
        return visit;
    }

    /** Everyone present in a proposal the signed-in person may read. */
    public List<Presence> present(ProposalId proposal) {
        proposalAccess.toRead(proposal);
        return everyonePresent(proposal);
    }

    /** One entry per person, section and activity, in a stable order. */
    private List<Presence> everyonePresent(ProposalId proposal) {
        return visits.getOrDefault(proposal, Set.of()).stream().map(Visit::presence).distinct()
                .sorted(Comparator.comparing(Presence::name).thenComparing(p -> p.person().subject())
                        .thenComparing(Presence::activity))
                .toList();
    }

    private void leave(Visit visit) {
        var left = new AtomicBoolean();
        visits.computeIfPresent(visit.proposal, (id, present) -> {
            left.set(present.remove(visit));
            return present.isEmpty() ? null : present;
        });
        if (left.get()) {
            announce(visit.proposal);
        }
    }

    private void dropSilentVisits() {
        var oldest = clock.instant().minus(timeout);
        visits.values().forEach(set -> set.stream().filter(visit -> visit.lastSeen.isBefore(oldest)).toList()
                .forEach(this::leave));
    }

    private void announce(ProposalId proposal) {
        if (delivery.isShutdown()) {
            return; // shutting down: the pages are closing too
        }
        var everyone = everyonePresent(proposal);
        for (var visit : visits.getOrDefault(proposal, Set.of())) {
            delivery.execute(() -> visit.onChange.accept(everyone));
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        delivery.shutdownNow();
    }

    /** One open view. */
    public final class Visit {

        private final ProposalId proposal;
        private final Presence presence;
        private final Consumer<List<Presence>> onChange;
        private volatile Instant lastSeen;

        private Visit(ProposalId proposal, Presence presence, Consumer<List<Presence>> onChange, Instant at) {
            this.proposal = proposal;
            this.presence = presence;
            this.onChange = onChange;
            this.lastSeen = at;
        }

        public Presence presence() {
            return presence;
        }

        /** The page is still open (a heartbeat or any request from it). */
        public void stillHere() {
            lastSeen = clock.instant();
        }

        public void leave() {
            ProposalPresence.this.leave(this);
        }
    }
}
