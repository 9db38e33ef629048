package org.quire.workgroup.matrix;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditTrail;
import org.quire.lifecycle.Lifecycle;
import org.quire.lifecycle.LifecycleStep;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.proposal.ProposalState.COMMENT_PERIOD;
import static org.quire.proposal.ProposalState.REVISING;
import static org.quire.proposal.ProposalState.SUBMITTED;
import static org.quire.proposal.ProposalState.WITHDRAWN;
import static org.quire.proposal.ProposalState.WORKGROUP_APPROVAL;

/**
 * Every lifecycle step, wanted or not (each state to each state), by every persona: STAFF take the
 * steps of the table that are taken on the lifecycle page; everything else is refused (role) or
 * rejected (no such step, a step comment periods or outcomes take) and changes nothing at all.
 */
@QuireIntegrationTest
class LifecycleStepsIT {

    private static final String REASON = "Reason given on the timeline.";

    @Autowired
    ApplicationContext beans;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditTrail audit;

    MatrixWorld world;

    @BeforeEach
    void arrangeTheWorld() {
        world = new MatrixWorld(beans);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @TestFactory
    Stream<DynamicTest> everyStateToEveryStateByEveryPersona() {
        return Arrays.stream(ProposalState.values()).flatMap(from -> Arrays.stream(ProposalState.values())
                .map(to -> DynamicTest.dynamicTest(from + " → " + to, () -> check(from, to))));
    }

    private void check(ProposalState from, ProposalState to) throws Exception {
        boolean takenHere = LifecycleStep.from(from).stream()
                .anyMatch(step -> step.to() == to && step.how() == LifecycleStep.How.BY_STAFF);
        var shared = inState(from);
        var before = StoreSnapshot.of(mongo);
        for (var persona : Persona.values()) {
            if (persona == Persona.STAFF && takenHere) {
                continue;
            }
            var since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            var outcome = move(shared, persona, to);
            assertThat(outcome).as("%s → %s by %s", from, to, persona)
                    .isEqualTo(persona == Persona.STAFF ? Outcome.REJECTED : Outcome.REFUSED);
            assertThat(StoreSnapshot.of(mongo).differencesFrom(before))
                    .as("what %s → %s by %s changed although refused", from, to, persona).isEmpty();
            if (outcome == Outcome.REFUSED) {
                assertThat(audit.ofActor(world.key(persona), 20).stream().filter(event -> event.action()
                        .equals("access.refused") && !event.at().isBefore(since)).count())
                        .as("refusal of %s → %s by %s on the audit log", from, to, persona).isPositive();
            }
        }
        if (takenHere) {
            var fresh = inState(from);
            assertThat(move(fresh, Persona.STAFF, to)).as("%s → %s by STAFF", from, to).isEqualTo(Outcome.ALLOWED);
            var states = beans.getBean(ProposalStates.class);
            assertThat(states.proposal(fresh.proposal().id()).state()).isEqualTo(to);
            var last = states.timeline(fresh.proposal().id()).getLast();
            assertThat(List.of(last.from(), last.to(), last.by(), last.reason()))
                    .containsExactly(from, to, world.key(Persona.STAFF), REASON);
        }
    }

    private Outcome move(Fixture fixture, Persona persona, ProposalState to) {
        world.signInAs(persona);
        try {
            beans.getBean(Lifecycle.class).move(fixture.proposal().id(), to, REASON);
            return Outcome.ALLOWED;
        } catch (AccessRefused | NoSuchElementException refused) {
            return Outcome.REFUSED;
        } catch (InputRejected rejected) {
            return Outcome.REJECTED;
        } finally {
            SignedIn.signOut();
        }
    }

    /** A fresh fixture whose proposal went the shortest way to {@code state}, as Quire would have moved it. */
    private Fixture inState(ProposalState state) {
        var fixture = world.newFixture();
        var id = fixture.proposal().id();
        var states = beans.getBean(ProposalStates.class);
        var staff = world.key(Persona.STAFF);
        var current = ProposalState.DRAFTING;
        for (var next : wayTo(state)) {
            states.move(id, current, next, staff, "Arranged by the test.");
            current = next;
        }
        if (state == WORKGROUP_APPROVAL) {
            LifecycleArrangements.readyForSubmission(fixture);
        }
        return fixture;
    }

    private static List<ProposalState> wayTo(ProposalState state) {
        var way = new ArrayList<ProposalState>();
        switch (state) {
            case DRAFTING -> {
            }
            case WITHDRAWN -> way.add(WITHDRAWN);
            case COMMENT_PERIOD -> way.add(COMMENT_PERIOD);
            case REVISING -> way.addAll(List.of(COMMENT_PERIOD, REVISING));
            case WORKGROUP_APPROVAL -> way.addAll(List.of(COMMENT_PERIOD, REVISING, WORKGROUP_APPROVAL));
            case SUBMITTED -> way.addAll(List.of(COMMENT_PERIOD, REVISING, WORKGROUP_APPROVAL, SUBMITTED));
            default -> {
                way.addAll(List.of(COMMENT_PERIOD, REVISING, WORKGROUP_APPROVAL, SUBMITTED));
                way.add(state);
            }
        }
        return way;
    }
}
