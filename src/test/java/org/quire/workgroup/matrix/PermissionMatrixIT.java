package org.quire.workgroup.matrix;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditTrail;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role of a workgroup, a suspended member, another workgroup's staff, a person with no role
 * and an administrator, times every public service method: allowed or refused as DESIGN.md
 * section 1 says, and a refused call audited and changing nothing in the store. A service method
 * missing from the matrix fails it, so the matrix cannot fall behind the code.
 */
@QuireIntegrationTest
class PermissionMatrixIT {

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

    static List<Operation> operations() {
        var all = new ArrayList<Operation>();
        all.addAll(WorkgroupOperations.all());
        all.addAll(ProposalOperations.all());
        all.addAll(DescriptorOperations.all());
        all.addAll(CommentOperations.all());
        all.addAll(ProfileOperations.all());
        all.addAll(NotificationOperations.all());
        all.addAll(LifecycleOperations.all());
        all.addAll(MilestoneOperations.all());
        all.addAll(VoteOperations.all());
        all.addAll(PanelMeetingOperations.all());
        all.addAll(ExportOperations.all());
        all.addAll(AccessTokenOperations.all());
        return all;
    }

    @Test
    void everyPublicServiceMethodIsInTheMatrixOrExemptWithAReason() {
        var methods = ServiceMethods.all();
        var listed = new TreeSet<String>();
        operations().forEach(operation -> listed.add(operation.method()));
        listed.addAll(ExemptMethods.REASONS.keySet());

        var missing = new TreeSet<>(methods);
        missing.removeAll(listed);
        missing.removeIf(method -> ExemptMethods.BELOW_THE_POLICY.containsKey(method.substring(0, method.indexOf('.'))));
        var stale = new TreeSet<>(listed);
        stale.removeAll(methods);

        assertThat(methods).as("the scan finds the service layer").hasSizeGreaterThan(40);
        assertThat(missing).as("service methods not in the permission matrix").isEmpty();
        assertThat(stale).as("matrix entries naming no method").isEmpty();
        assertThat(ServiceMethods.beansOf(methods)).containsAll(ExemptMethods.BELOW_THE_POLICY.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaTimesEveryOperation() {
        return operations().stream().map(operation -> DynamicTest.dynamicTest(operation.method(),
                () -> checkEveryPersona(operation)));
    }

    private void checkEveryPersona(Operation operation) throws Exception {
        var refusedOnes = new ArrayList<Persona>();
        var allowedOnes = new ArrayList<Persona>();
        for (var persona : Persona.values()) {
            (operation.expectedFor(persona) == Outcome.ALLOWED ? allowedOnes : refusedOnes).add(persona);
        }
        // Refused calls share one fixture, made before the snapshot: each must leave it as it was.
        var shared = world.newFixture();
        shared.proposal();
        shared.pendingRequest();
        shared.thread();
        shared.suggestion();
        shared.descriptor();
        shared.period();
        shared.commenterThread();
        operation.arrange().on(shared);
        var before = StoreSnapshot.of(mongo);
        for (var persona : refusedOnes) {
            // the store keeps milliseconds
            var since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            var outcome = call(operation, persona, shared);
            assertThat(outcome).as("%s by %s", operation, persona).isEqualTo(operation.expectedFor(persona));
            assertThat(StoreSnapshot.of(mongo).differencesFrom(before))
                    .as("what %s by %s changed although refused", operation, persona).isEmpty();
            if (outcome == Outcome.REFUSED) {
                assertThat(refusalsSince(persona, since)).as("refusal of %s by %s on the audit log", operation,
                        persona).isPositive();
            }
        }
        // Allowed calls each get a fresh fixture, so one's changes never decide another's outcome.
        for (var persona : allowedOnes) {
            assertThat(call(operation, persona, world.newFixture())).as("%s by %s", operation, persona)
                    .isEqualTo(Outcome.ALLOWED);
        }
    }

    private Outcome call(Operation operation, Persona persona, Fixture fixture) throws Exception {
        world.signInAs(persona);
        try {
            operation.call().on(fixture);
            return Outcome.ALLOWED;
        } catch (AccessRefused | NoSuchElementException refused) {
            return Outcome.REFUSED;
        } catch (InputRejected rejected) {
            return Outcome.REJECTED;
        } finally {
            SignedIn.signOut();
        }
    }

    private long refusalsSince(Persona persona, Instant since) {
        return audit.ofActor(world.key(persona), 20).stream()
                .filter(event -> event.action().equals("access.refused") && !event.at().isBefore(since)).count();
    }
}
