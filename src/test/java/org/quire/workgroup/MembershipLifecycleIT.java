package org.quire.workgroup;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.Disclosure;
import org.quire.identity.InterestKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.Profiles;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member's life in a workgroup across services: joining through a request (the first history
 * entry), suspension taking effect on the very next call, reinstatement, removal and asking again,
 * and the disclosures staff see along the way.
 */
@QuireIntegrationTest
class MembershipLifecycleIT {

    @Autowired
    WorkgroupMembers members;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    ParticipationRequests requests;
    @Autowired
    Profiles profiles;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Workgroup workgroup;

    @BeforeEach
    void arrangeAWorkgroupOfItsOwn() {
        var slug = "ml-" + UUID.randomUUID().toString().substring(0, 8);
        workgroup = workgroupStore.create(new NewWorkgroup(slug, "Lifecycle " + slug, "", List.of("Recommend codes.")));
        memberships.add(new Membership(workgroup.id(), key("ml-staff"), WorkgroupRole.STAFF, MembershipStatus.ACTIVE));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aSuspendedMemberIsRefusedOnTheirNextCallAndAReinstatedOneIsAllowedAgain() {
        join("ml-suspended", WorkgroupRole.MEMBER);
        signInAs("ml-suspended");
        assertThat(workgroups.home(workgroup.slug()).yourRole()).isEqualTo(WorkgroupRole.MEMBER);

        signInAs("ml-staff");
        members.suspend(workgroup.id(), key("ml-suspended"), "Under review.");

        signInAs("ml-suspended");
        assertThatThrownBy(() -> workgroups.home(workgroup.slug())).isInstanceOf(AccessRefused.class);
        assertThat(workgroups.mine()).extracting(mine -> mine.workgroup().id()).doesNotContain(workgroup.id());
        assertThat(requests.openToYou()).extracting(Workgroup::id).doesNotContain(workgroup.id());
        assertThatThrownBy(() -> requests.request(workgroup.id(), details()))
                .isInstanceOf(InputRejected.class).hasMessageContaining("suspended");

        signInAs("ml-staff");
        members.reinstate(workgroup.id(), key("ml-suspended"), "Review closed.");

        signInAs("ml-suspended");
        assertThat(workgroups.home(workgroup.slug()).yourRole()).isEqualTo(WorkgroupRole.MEMBER);
    }

    @Test
    void aRemovedMemberMayAskAgainAndEachApprovalOpensTheirHistory() {
        join("ml-returning", WorkgroupRole.COMMENTER);
        signInAs("ml-staff");
        members.remove(workgroup.id(), key("ml-returning"), "Their society left the workgroup.");

        signInAs("ml-returning");
        assertThatThrownBy(() -> workgroups.home(workgroup.slug())).isInstanceOf(AccessRefused.class);
        assertThat(requests.openToYou()).extracting(Workgroup::id).contains(workgroup.id());
        var again = requests.request(workgroup.id(), details());

        signInAs("ml-staff");
        requests.approve(again.id(), WorkgroupRole.MEMBER);

        var history = members.details(workgroup.id(), key("ml-returning")).history();
        assertThat(history).extracting(MembershipChange::kind).containsExactly(MembershipChange.Kind.JOINED,
                MembershipChange.Kind.REMOVED, MembershipChange.Kind.JOINED);
        assertThat(history.getFirst()).satisfies(first -> {
            assertThat(first.fromStatus()).isNull();
            assertThat(first.toRole()).isEqualTo(WorkgroupRole.COMMENTER);
            assertThat(first.reason()).isEqualTo("Participation request approved as commenter (asked for member).");
            assertThat(first.by()).isEqualTo(key("ml-staff"));
        });
        assertThat(history.getLast()).satisfies(rejoined -> {
            assertThat(rejoined.fromStatus()).isEqualTo(MembershipStatus.REMOVED);
            assertThat(rejoined.toStatus()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(rejoined.toRole()).isEqualTo(WorkgroupRole.MEMBER);
        });
        signInAs("ml-returning");
        assertThat(workgroups.home(workgroup.slug()).yourRole()).isEqualTo(WorkgroupRole.MEMBER);
    }

    @Test
    void staffCannotApproveARequestOfAPersonSuspendedMeanwhile() {
        signInAs("ml-late");
        var request = requests.request(workgroup.id(), details());
        memberships.add(new Membership(workgroup.id(), key("ml-late"), WorkgroupRole.MEMBER,
                MembershipStatus.SUSPENDED));

        signInAs("ml-staff");
        assertThatThrownBy(() -> requests.approve(request.id(), WorkgroupRole.MEMBER))
                .isInstanceOf(InputRejected.class).hasMessageContaining("is suspended in this workgroup");
        assertThat(memberships.find(workgroup.id(), key("ml-late")))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.SUSPENDED));
    }

    @Test
    void staffSeeTheDisclosuresOfTheProfileAndOfEachRequest() {
        join("ml-discloser", WorkgroupRole.MEMBER);
        signInAs("ml-staff");
        var before = members.details(workgroup.id(), key("ml-discloser"));
        assertThat(before.profileDisclosure()).isNull();
        assertThat(before.disclosureOutdated()).isTrue();
        assertThat(before.requests()).singleElement().satisfies(request -> assertThat(
                request.details().disclosure().summary()).isEqualTo("Financial interest: Grants from a device maker."));

        signInAs("ml-discloser");
        profiles.changeDisclosure(new Disclosure(InterestKind.PROPRIETARY, "Holds a patent on a remote stethoscope."));

        signInAs("ml-staff");
        var after = members.details(workgroup.id(), key("ml-discloser"));
        assertThat(after.profileDisclosure()).isEqualTo(new Disclosure(InterestKind.PROPRIETARY,
                "Holds a patent on a remote stethoscope."));
        assertThat(after.disclosureConfirmedAt()).isNotNull();
        assertThat(after.disclosureOutdated()).isFalse();
        assertThatThrownBy(() -> members.details(workgroup.id(), key("ml-never-a-member")))
                .isInstanceOf(NoSuchElementException.class);
    }

    /** The person asks, and the workgroup's staff approve with {@code role}. */
    private void join(String username, WorkgroupRole role) {
        signInAs(username);
        var request = requests.request(workgroup.id(), details());
        signInAs("ml-staff");
        requests.approve(request.id(), role);
    }

    private static NewParticipationRequest details() {
        return new NewParticipationRequest(OrganizationKind.SPECIALTY_SOCIETY, "Society for Remote Care",
                "We represent clinicians who deliver care remotely.", "Ten years of remote monitoring.",
                WorkgroupRole.MEMBER, InterestKind.FINANCIAL, "Grants from a device maker.");
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
