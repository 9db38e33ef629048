package org.quire.workgroup;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Staff managing members through the real services and store: each change with its reason in the
 * member's history and the audit log, the refusals of everyone else with nothing changed, and the
 * rule that a workgroup always keeps active staff. Each test has workgroups of its own.
 */
@QuireIntegrationTest
class WorkgroupMembersIT {

    @Autowired
    WorkgroupMembers members;
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

    Workgroup workgroup;
    Workgroup other;

    @BeforeEach
    void arrangeAWorkgroupOfItsOwn() {
        workgroup = newWorkgroup();
        other = newWorkgroup();
        add(workgroup, "wm-staff", WorkgroupRole.STAFF);
        add(workgroup, "wm-member", WorkgroupRole.MEMBER);
        add(workgroup, "wm-commenter", WorkgroupRole.COMMENTER);
        add(workgroup, "wm-observer", WorkgroupRole.OBSERVER);
        add(workgroup, "wm-target", WorkgroupRole.MEMBER);
        add(other, "wm-other-staff", WorkgroupRole.STAFF);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffChangeARoleSuspendReinstateAndRemoveEachWithItsReasonInTheHistoryAndTheAuditLog() {
        signInAs("wm-staff");
        var target = key("wm-target");

        assertThat(members.changeRole(workgroup.id(), target, WorkgroupRole.OBSERVER, " Reads more than drafts. ").role())
                .isEqualTo(WorkgroupRole.OBSERVER);
        assertThat(members.suspend(workgroup.id(), target, "Shared a draft outside the workgroup.").status())
                .isEqualTo(MembershipStatus.SUSPENDED);
        assertThat(members.reinstate(workgroup.id(), target, "Explained; it will not happen again.").status())
                .isEqualTo(MembershipStatus.ACTIVE);
        assertThat(members.remove(workgroup.id(), target, "Left their society.").status())
                .isEqualTo(MembershipStatus.REMOVED);

        var history = members.details(workgroup.id(), target).history();
        assertThat(history).extracting(MembershipChange::kind).containsExactly(MembershipChange.Kind.ROLE_CHANGED,
                MembershipChange.Kind.SUSPENDED, MembershipChange.Kind.REINSTATED, MembershipChange.Kind.REMOVED);
        assertThat(history).extracting(MembershipChange::reason).containsExactly("Reads more than drafts.",
                "Shared a draft outside the workgroup.", "Explained; it will not happen again.", "Left their society.");
        assertThat(history.getFirst()).satisfies(first -> {
            assertThat(first.fromRole()).isEqualTo(WorkgroupRole.MEMBER);
            assertThat(first.toRole()).isEqualTo(WorkgroupRole.OBSERVER);
            assertThat(first.by()).isEqualTo(key("wm-staff"));
            assertThat(first.byName()).isEqualTo("wm-staff");
        });
        assertThat(history.get(1).fromStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(history.get(1).toStatus()).isEqualTo(MembershipStatus.SUSPENDED);

        var events = audit.ofWorkgroup(workgroup.id().value(), 4).reversed();
        assertThat(events).extracting(AuditEvent::action).containsExactly("workgroup.member-role-changed",
                "workgroup.member-suspended", "workgroup.member-reinstated", "workgroup.member-removed");
        assertThat(events.getFirst()).satisfies(changed -> {
            assertThat(changed.objectId()).isEqualTo(target.toString());
            assertThat(changed.before()).isEqualTo("MEMBER, ACTIVE");
            assertThat(changed.after()).isEqualTo("OBSERVER, ACTIVE; reason: Reads more than drafts.");
        });
        assertThat(events.getLast().after()).isEqualTo("OBSERVER, REMOVED; reason: Left their society.");

        assertThat(members.roster(workgroup.id())).last().satisfies(removed -> {
            assertThat(removed.person()).isEqualTo(target);
            assertThat(removed.status()).isEqualTo(MembershipStatus.REMOVED);
        });
        assertThatThrownBy(() -> members.suspend(workgroup.id(), target, "Again."))
                .isInstanceOf(InputRejected.class).hasMessageContaining("was removed from this workgroup");
    }

    @Test
    void theRosterListsEveryStatusActiveFirstThenByRole() {
        signInAs("wm-staff");
        members.suspend(workgroup.id(), key("wm-member"), "Paused while on leave.");
        members.remove(workgroup.id(), key("wm-commenter"), "Society withdrew.");

        assertThat(members.roster(workgroup.id())).extracting(e -> e.person().subject(), RosterEntry::status)
                .containsExactly(
                        tuple("wm-staff", MembershipStatus.ACTIVE),
                        tuple("wm-target", MembershipStatus.ACTIVE),
                        tuple("wm-observer", MembershipStatus.ACTIVE),
                        tuple("wm-member", MembershipStatus.SUSPENDED),
                        tuple("wm-commenter", MembershipStatus.REMOVED));
    }

    @Test
    void membersCommentersObserversOtherStaffAndOutsidersAreRefusedEveryActionWithNothingChanged() {
        var target = key("wm-target");
        for (var outsider : List.of("wm-member", "wm-commenter", "wm-observer", "wm-other-staff", "wm-nobody")) {
            signInAs(outsider);
            var before = refusalsOf(outsider);

            assertRefused(() -> members.roster(workgroup.id()));
            assertRefused(() -> members.details(workgroup.id(), target));
            assertRefused(() -> members.changeRole(workgroup.id(), target, WorkgroupRole.STAFF, "Promote me."));
            assertRefused(() -> members.suspend(workgroup.id(), target, "Because."));
            assertRefused(() -> members.reinstate(workgroup.id(), target, "Because."));
            assertRefused(() -> members.remove(workgroup.id(), target, "Because."));

            assertThat(refusalsOf(outsider) - before).as(outsider).isEqualTo(6);
            assertThat(memberships.find(workgroup.id(), target)).as(outsider).hasValue(
                    new Membership(workgroup.id(), target, WorkgroupRole.MEMBER, MembershipStatus.ACTIVE));
        }
        // Refused even without a reason: the access policy speaks before the input is read.
        signInAs("wm-member");
        assertRefused(() -> members.suspend(workgroup.id(), target, ""));

        signInAs("wm-staff");
        assertThat(members.details(workgroup.id(), target).history()).isEmpty();
        assertThat(audit.ofWorkgroup(workgroup.id().value(), 100)).extracting(AuditEvent::action)
                .doesNotContain("workgroup.member-role-changed", "workgroup.member-suspended",
                        "workgroup.member-reinstated", "workgroup.member-removed");
    }

    @Test
    void theLastActiveStaffCannotRemoveSuspendOrDemoteThemselves() {
        signInAs("wm-staff");
        var me = key("wm-staff");

        for (var attempt : List.<Runnable>of(
                () -> members.changeRole(workgroup.id(), me, WorkgroupRole.MEMBER, "Stepping back."),
                () -> members.suspend(workgroup.id(), me, "On leave."),
                () -> members.remove(workgroup.id(), me, "Leaving."))) {
            assertThatThrownBy(attempt::run).isInstanceOf(InputRejected.class)
                    .hasMessageContaining("You are the last active staff of this workgroup")
                    .hasMessageContaining("make another member staff first");
        }
        assertThat(memberships.find(workgroup.id(), me)).hasValueSatisfying(m -> assertThat(m.active()).isTrue());

        // A suspended staff member does not count: the workgroup would still have none active.
        members.changeRole(workgroup.id(), key("wm-member"), WorkgroupRole.STAFF, "Co-chairs the workgroup.");
        members.suspend(workgroup.id(), key("wm-member"), "On leave for a month.");
        assertThatThrownBy(() -> members.remove(workgroup.id(), me, "Leaving.")).isInstanceOf(InputRejected.class);

        members.reinstate(workgroup.id(), key("wm-member"), "Back from leave.");
        assertThat(members.changeRole(workgroup.id(), me, WorkgroupRole.MEMBER, "Handing over to the co-chair.")
                .role()).isEqualTo(WorkgroupRole.MEMBER);
        assertRefused(() -> members.roster(workgroup.id()));
    }

    @Test
    void everyChangeNeedsAReasonOfAtMostAThousandCharacters() {
        signInAs("wm-staff");
        var target = key("wm-target");

        assertThatThrownBy(() -> members.suspend(workgroup.id(), target, "   ")).isInstanceOf(InputRejected.class)
                .hasMessage("Give a reason: it is kept in the member's history and the audit log.");
        assertThatThrownBy(() -> members.remove(workgroup.id(), target, "r".repeat(MembershipReason.MAX_LENGTH + 1)))
                .isInstanceOf(InputRejected.class)
                .hasMessage("Keep the reason to 1,000 characters; it has 1,001.");
        assertThatThrownBy(() -> members.changeRole(workgroup.id(), target, WorkgroupRole.MEMBER, "Same."))
                .isInstanceOf(InputRejected.class).hasMessageContaining("is already member");
        assertThatThrownBy(() -> members.reinstate(workgroup.id(), target, "Not suspended."))
                .isInstanceOf(InputRejected.class).hasMessageContaining("is not suspended");
        assertThat(memberships.find(workgroup.id(), target)).hasValueSatisfying(m -> {
            assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(m.role()).isEqualTo(WorkgroupRole.MEMBER);
        });
        assertThat(members.details(workgroup.id(), target).history()).isEmpty();

        members.suspend(workgroup.id(), target, "r".repeat(MembershipReason.MAX_LENGTH));
        assertThat(members.details(workgroup.id(), target).history()).singleElement()
                .satisfies(change -> assertThat(change.reason()).hasSize(MembershipReason.MAX_LENGTH));
    }

    @Test
    void staffOfAnotherWorkgroupManageTheirOwnButNotThisOne() {
        add(other, "wm-other-member", WorkgroupRole.MEMBER);
        signInAs("wm-other-staff");

        assertRefused(() -> members.suspend(workgroup.id(), key("wm-target"), "Wrong workgroup."));
        members.suspend(other.id(), key("wm-other-member"), "Right workgroup.");

        assertThat(memberships.find(other.id(), key("wm-other-member")))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.SUSPENDED));
        assertThat(memberships.find(workgroup.id(), key("wm-target")))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE));
    }

    private Workgroup newWorkgroup() {
        var slug = "wm-" + UUID.randomUUID().toString().substring(0, 8);
        return workgroupStore.create(new NewWorkgroup(slug, "Members test " + slug, "", List.of("Recommend codes.")));
    }

    private void add(Workgroup to, String username, WorkgroupRole role) {
        memberships.add(new Membership(to.id(), key(username), role, MembershipStatus.ACTIVE));
        people.introduce(key(username), username, null, null);
    }

    private long refusalsOf(String username) {
        return audit.ofActor(key(username), 1_000).stream().filter(e -> e.action().equals("access.refused")).count();
    }

    private static void assertRefused(Runnable operation) {
        assertThatThrownBy(operation::run).isInstanceOf(AccessRefused.class);
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
