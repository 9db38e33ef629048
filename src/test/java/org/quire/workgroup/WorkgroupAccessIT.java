package org.quire.workgroup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditQuery;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access policy against every operation that exists so far, for each role, for people of no
 * or another workgroup, and for a suspended member; run through the real services and store, with
 * the person signed in as the OpenID Connect sign-in leaves them.
 */
@QuireIntegrationTest
@RecordApplicationEvents
class WorkgroupAccessIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    WorkgroupService workgroups;
    @Autowired
    WorkgroupAuditLog auditLog;
    @Autowired
    WorkgroupFounding founding;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    AuditTrail audit;
    @Autowired
    SignInSettings signIn;

    Workgroup telehealth;
    Workgroup other;

    @BeforeEach
    void arrangeTwoWorkgroups() {
        telehealth = workgroupStore.findBySlug("telehealth").orElseThrow();
        other = workgroupStore.findBySlug("other-group").orElseGet(() -> workgroupStore.create(new NewWorkgroup(
                "other-group", "Other Workgroup", "A second workgroup.", List.of("Look at other codes."))));
        memberships.add(new Membership(other.id(), key("other-staff"), WorkgroupRole.STAFF, MembershipStatus.ACTIVE));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    /** Expected outcome per role of: open home, see members, add a member, read the audit log. */
    static final Map<WorkgroupRole, List<Boolean>> EXPECTED = Map.of(
            WorkgroupRole.STAFF, List.of(true, true, true, true),
            WorkgroupRole.MEMBER, List.of(true, true, false, false),
            WorkgroupRole.COMMENTER, List.of(true, true, false, false),
            WorkgroupRole.OBSERVER, List.of(true, true, false, false));

    @ParameterizedTest
    @EnumSource(WorkgroupRole.class)
    void eachRoleMayDoExactlyWhatThePolicyGrants(WorkgroupRole role) {
        var username = "policy-" + role.name().toLowerCase();
        signInAs("staff");
        workgroups.addMember(telehealth.id(), key(username), role);
        signInAs(username);

        assertThat(events.stream(MemberAdded.class)).as("announced as an application event")
                .anySatisfy(added -> assertThat(added.person()).isEqualTo(key(username)));

        var expected = EXPECTED.get(role);
        assertOutcome(expected.get(0), "open the home", () -> assertThat(workgroups.home("telehealth").yourRole())
                .isEqualTo(role));
        assertOutcome(expected.get(1), "see the members", () -> assertThat(workgroups.home("telehealth").members())
                .isNotEmpty());
        assertOutcome(expected.get(2), "add a member",
                () -> workgroups.addMember(telehealth.id(), key(username + "-guest"), WorkgroupRole.OBSERVER));
        assertOutcome(expected.get(3), "read the audit log",
                () -> assertThat(auditLog.page(AuditQuery.of(telehealth.id().value()), 0, 10)).isNotEmpty());
    }

    @Test
    void aPersonWithoutAnyRoleIsRefusedEverythingAndEachRefusalIsAudited() {
        signInAs("nobody");
        var before = refusalsOf("nobody");

        assertThat(workgroups.mine()).isEmpty();
        assertRefused(() -> workgroups.home("telehealth"));
        assertRefused(() -> workgroups.addMember(telehealth.id(), key("nobody"), WorkgroupRole.STAFF));
        assertRefused(() -> auditLog.page(AuditQuery.of(telehealth.id().value()), 0, 10));
        assertThatThrownBy(() -> founding.create(new NewWorkgroup("mine", "Mine", "", List.of("Mine.")), key("nobody")))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("administrator");

        assertThat(refusalsOf("nobody") - before).isEqualTo(4);
        assertThat(memberships.find(telehealth.id(), key("nobody"))).isEmpty();
    }

    @Test
    void staffOfAnotherWorkgroupCannotReachThisOneByItsId() {
        signInAs("other-staff");
        assertThat(workgroups.mine()).extracting(m -> m.workgroup().slug()).containsExactly("other-group");

        assertRefused(() -> workgroups.home("telehealth"));
        assertRefused(() -> workgroups.addMember(telehealth.id(), key("other-staff"), WorkgroupRole.STAFF));
        assertRefused(() -> auditLog.page(AuditQuery.of(telehealth.id().value()), 0, 10));
        workgroups.addMember(other.id(), key("other-member"), WorkgroupRole.MEMBER);
        assertThat(auditLog.page(AuditQuery.of(other.id().value()), 0, 10)).first()
                .satisfies(entry -> assertThat(entry.event().action()).isEqualTo("workgroup.member-added"));
    }

    @Test
    void aSuspendedMemberLosesAccessOnTheNextRequestAndRegainsItWhenReinstated() {
        signInAs("staff");
        workgroups.addMember(telehealth.id(), key("suspended-member"), WorkgroupRole.MEMBER);
        signInAs("suspended-member");
        assertThat(workgroups.home("telehealth").yourRole()).isEqualTo(WorkgroupRole.MEMBER);

        memberships.changeStatus(telehealth.id(), key("suspended-member"), MembershipStatus.SUSPENDED);
        assertRefused(() -> workgroups.home("telehealth"));
        assertThat(workgroups.mine()).isEmpty();

        memberships.changeStatus(telehealth.id(), key("suspended-member"), MembershipStatus.ACTIVE);
        assertThat(workgroups.home("telehealth").yourRole()).isEqualTo(WorkgroupRole.MEMBER);
    }

    @Test
    void onlyAnAdministratorCreatesWorkgroupsAndTheCreationIsAudited() {
        signInAs("member");
        assertThatThrownBy(() -> founding.create(new NewWorkgroup("by-member", "By a member", "", List.of("Charge.")),
                key("member"))).isInstanceOf(AccessRefused.class);

        signInAs("staff");
        var created = founding.create(new NewWorkgroup("created-by-admin", "Created by the administrator",
                "Made in a test.", List.of("Charge item.")), key("other-staff"));
        assertThat(audit.ofActor(key("staff"), 50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("workgroup.created");
            assertThat(event.objectId()).isEqualTo(created.id().value());
        });
        // The administrator named someone else its first staff, so has no role in it.
        assertRefused(() -> auditLog.page(AuditQuery.of(created.id().value()), 0, 10));
    }

    private void assertOutcome(boolean allowed, String what, Runnable operation) {
        if (allowed) {
            assertThatCode(operation::run).as(what).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(operation::run).as(what).isInstanceOf(AccessRefused.class);
        }
    }

    private static void assertRefused(Runnable operation) {
        assertThatThrownBy(operation::run).isInstanceOf(AccessRefused.class);
    }

    private long refusalsOf(String username) {
        return audit.ofActor(key(username), 1_000).stream().filter(e -> e.action().equals("access.refused")).count();
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
