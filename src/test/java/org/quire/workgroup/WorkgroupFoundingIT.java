package org.quire.workgroup;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditQuery;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators create workgroups with their first staff; nobody else can, and what breaks a limit
 * or is taken already is refused with a message and creates nothing.
 */
@QuireIntegrationTest
@RecordApplicationEvents
class WorkgroupFoundingIT {

    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkgroupFounding founding;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    WorkgroupAuditLog auditLog;
    @Autowired
    WorkgroupMembers members;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void anAdministratorCreatesAWorkgroupWhoseFirstStaffThenRunsIt() {
        var firstStaff = key("first-staff-" + suffix);
        people.introduce(firstStaff, "Frances First", "frances@example.org", "Society of Firsts");
        signInAs("staff");

        var created = founding.create(new NewWorkgroup("founded-" + suffix, "Founded Workgroup " + suffix,
                "Made by an administrator.", List.of("Look at **one** thing.", "Then another.")), firstStaff);

        assertThat(created.charge()).containsExactly("Look at **one** thing.", "Then another.");
        assertThat(memberships.find(created.id(), firstStaff)).hasValueSatisfying(m -> {
            assertThat(m.role()).isEqualTo(WorkgroupRole.STAFF);
            assertThat(m.active()).isTrue();
        });
        assertThat(audit.ofWorkgroup(created.id().value(), 10)).extracting(AuditEvent::action)
                .containsExactly("workgroup.member-added", "workgroup.created");
        assertThat(audit.ofWorkgroup(created.id().value(), 10)).allSatisfy(event ->
                assertThat(event.actor()).isEqualTo(key("staff")));
        assertThat(events.stream(WorkgroupCreated.class)).anySatisfy(e -> assertThat(e.workgroup()).isEqualTo(created.id()));
        assertThat(events.stream(MemberAdded.class)).anySatisfy(e -> assertThat(e.person()).isEqualTo(firstStaff));

        signInAs(firstStaff.subject());
        assertThat(workgroups.home("founded-" + suffix).yourRole()).isEqualTo(WorkgroupRole.STAFF);
        assertThat(auditLog.page(AuditQuery.of(created.id().value()), 0, 10)).hasSize(2);
        assertThat(members.details(created.id(), firstStaff).history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(MembershipChange.Kind.JOINED);
            assertThat(change.reason()).contains("first staff");
        });
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedAndNothingIsCreated() {
        signInAs("member");
        var refusalsBefore = refusalsOf("member");

        assertThatThrownBy(() -> founding.create(new NewWorkgroup("by-member-" + suffix, "By a member " + suffix,
                "", List.of("Anything.")), key("member"))).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("administrator");
        assertThatThrownBy(() -> founding.candidates("a")).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(founding::requireAllowed).isInstanceOf(AccessRefused.class);

        assertThat(founding.allowed()).isFalse();
        assertThat(workgroupStore.findBySlug("by-member-" + suffix)).isEmpty();
        assertThat(refusalsOf("member") - refusalsBefore).isEqualTo(3);
    }

    @Test
    void eachLimitHasItsOwnMessage() {
        assertThatThrownBy(() -> new NewWorkgroup("ab", "", "x".repeat(2_001), List.of()))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(
                                "The short name must be 3 to 40 lower-case letters, digits or hyphens, "
                                        + "not starting or ending with a hyphen.",
                                "The name must be 1 to 120 characters.",
                                "The description must be at most 2,000 characters.",
                                "A charge has 1 to 20 items."));
        assertThat(NewWorkgroup.slugProblem("Upper-Case")).isPresent();
        assertThat(NewWorkgroup.slugProblem("-leading")).isPresent();
        assertThat(NewWorkgroup.slugProblem("a".repeat(41))).isPresent();
        assertThat(NewWorkgroup.slugProblem("a".repeat(40))).isEmpty();
        assertThat(NewWorkgroup.slugProblem("tele-health-2")).isEmpty();
        assertThat(NewWorkgroup.nameProblem("n".repeat(121))).isPresent();
        assertThat(NewWorkgroup.chargeProblems(Collections.nCopies(21, "item"))).containsExactly(
                "A charge has 1 to 20 items.");
        assertThat(NewWorkgroup.chargeProblems(List.of("fine", " ", "c".repeat(501)))).containsExactly(
                "Charge item 2 must be 1 to 500 characters.", "Charge item 3 must be 1 to 500 characters.");
    }

    @Test
    void aTakenShortNameOrNameAndAnUnknownFirstStaffAreRefusedAndNothingIsCreated() {
        signInAs("staff");
        var known = key("staff");

        assertThatThrownBy(() -> founding.create(new NewWorkgroup("telehealth", "Another Telehealth " + suffix, "",
                List.of("Again.")), known)).isInstanceOfSatisfying(InputRejected.class, rejected ->
                assertThat(rejected.problems()).containsExactly(NewWorkgroup.slugTaken("telehealth")));
        assertThatThrownBy(() -> founding.create(new NewWorkgroup("th-again-" + suffix,
                "TELEHEALTH services workgroup", "", List.of("Again.")), known))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly(NewWorkgroup.nameTaken("TELEHEALTH services workgroup")));
        assertThatThrownBy(() -> founding.create(new NewWorkgroup("unknown-staff-" + suffix, "Unknown " + suffix, "",
                List.of("Again.")), key("never-signed-in-" + suffix)))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().asString().contains("people Quire knows"));

        assertThat(workgroupStore.findBySlug("th-again-" + suffix)).isEmpty();
        assertThat(workgroupStore.findBySlug("unknown-staff-" + suffix)).isEmpty();
        assertThat(workgroupStore.all()).filteredOn(w -> w.name().equalsIgnoreCase("Telehealth Services Workgroup"))
                .hasSize(1);
    }

    @Test
    void theFirstStaffIsFoundByPartOfTheirNameOrEmailIgnoringCase() {
        people.introduce(key("finder-" + suffix), "Quentin Q. Finder-" + suffix, "q.finder@" + suffix + ".example",
                null);
        signInAs("staff");

        assertThat(founding.candidates("QUENTIN Q. FINDER-" + suffix)).extracting(p -> p.key().subject())
                .containsExactly("finder-" + suffix);
        assertThat(founding.candidates("q.finder@" + suffix)).hasSize(1);
        assertThat(founding.candidates("quentin q.*" + suffix)).as("regex characters are literal").isEmpty();
        assertThat(founding.candidates("(" + suffix)).as("an unbalanced bracket is just a character").isEmpty();
        people.introduce(key("finder-2-" + suffix), "Quentin Second " + suffix, null, null);
        people.introduce(key("finder-3-" + suffix), "Quentin Third " + suffix, null, null);
        assertThat(people.search(suffix, 2)).as("bounded by the limit asked for").hasSize(2);
        assertThat(founding.candidates(suffix)).extracting(p -> p.name()).containsExactly(
                "Quentin Q. Finder-" + suffix, "Quentin Second " + suffix, "Quentin Third " + suffix);
    }

    private long refusalsOf(String username) {
        return audit.ofActor(key(username), 1_000).stream().filter(e -> e.action().equals("access.refused")).count();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }
}
