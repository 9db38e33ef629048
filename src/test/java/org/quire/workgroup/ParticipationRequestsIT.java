package org.quire.workgroup;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.InterestKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Participation requests through the real service and store: asking, one open request at a time,
 * withdrawing, staff approving (with a role of their choice) or declining with a reason, and the
 * access policy refusing everyone else, each step on the audit log.
 */
@QuireIntegrationTest
class ParticipationRequestsIT {

    @Autowired
    ParticipationRequests requests;
    @Autowired
    WorkgroupAccess access;
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

    @Test
    void aPersonWithoutARoleAsksSeesTheRequestPendingAndCannotAskTwice() {
        signInAs("asker-twice");
        assertThat(requests.openToYou()).extracting(Workgroup::slug).contains("telehealth");

        var request = requests.request(telehealth.id(), details(WorkgroupRole.COMMENTER));

        assertThat(request.pending()).isTrue();
        assertThat(requests.yours(telehealth.id())).hasValueSatisfying(yours -> {
            assertThat(yours.status()).isEqualTo(ParticipationStatus.PENDING);
            assertThat(yours.details().roleAsked()).isEqualTo(WorkgroupRole.COMMENTER);
            assertThat(yours.details().organization()).isEqualTo("Society for Remote Care");
        });
        assertThatThrownBy(() -> requests.request(telehealth.id(), details(WorkgroupRole.MEMBER)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("already have a pending request");
        assertThat(lastEventOf("asker-twice").action()).isEqualTo("participation.requested");
    }

    @Test
    void aWithdrawnRequestIsClosedAndThePersonMayAskAgain() {
        signInAs("withdrawer");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));

        var withdrawn = requests.withdraw(request.id());

        assertThat(withdrawn.status()).isEqualTo(ParticipationStatus.WITHDRAWN);
        assertThat(lastEventOf("withdrawer")).satisfies(event -> {
            assertThat(event.action()).isEqualTo("participation.withdrawn");
            assertThat(event.before()).startsWith("PENDING");
            assertThat(event.after()).isEqualTo("WITHDRAWN");
        });
        assertThatThrownBy(() -> requests.withdraw(request.id())).isInstanceOf(InputRejected.class);
        assertThat(requests.request(telehealth.id(), details(WorkgroupRole.MEMBER)).pending()).isTrue();
    }

    @Test
    void staffApproveWithAnotherRoleThanAskedAndTheMembershipExistsAtOnce() {
        signInAs("approved-person");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));

        signInAs("staff");
        assertThat(requests.pending(telehealth.id())).extracting(ParticipationRequest::id).contains(request.id());
        var approved = requests.approve(request.id(), WorkgroupRole.OBSERVER);

        assertThat(approved.grantedRole()).isEqualTo(WorkgroupRole.OBSERVER);
        assertThat(access.roleOf(key("approved-person"), telehealth.id())).contains(WorkgroupRole.OBSERVER);
        assertThat(requests.pending(telehealth.id())).extracting(ParticipationRequest::id).doesNotContain(request.id());
        assertThat(audit.ofActor(key("staff"), 5)).extracting(AuditEvent::action)
                .contains("participation.approved", "workgroup.member-added");
        assertThatThrownBy(() -> requests.decline(request.id(), "Too late.")).isInstanceOf(InputRejected.class);

        signInAs("approved-person");
        assertThat(requests.yours(telehealth.id())).hasValueSatisfying(
                yours -> assertThat(yours.status()).isEqualTo(ParticipationStatus.APPROVED));
        assertThatThrownBy(() -> requests.request(telehealth.id(), details(WorkgroupRole.MEMBER)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("already have a role");
        assertThat(requests.openToYou()).extracting(Workgroup::slug).doesNotContain("telehealth");
    }

    @Test
    void staffCannotGrantTheStaffRoleThroughARequest() {
        signInAs("would-be-staff");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));
        signInAs("staff");
        assertThatThrownBy(() -> requests.approve(request.id(), WorkgroupRole.STAFF))
                .isInstanceOf(InputRejected.class);
        assertThat(access.roleOf(key("would-be-staff"), telehealth.id())).isEmpty();
    }

    @Test
    void decliningNeedsAReasonWhichThePersonThenReads() {
        signInAs("declined-person");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));

        signInAs("staff");
        assertThatThrownBy(() -> requests.decline(request.id(), "   ")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("reason");
        requests.decline(request.id(), "We need expertise in remote monitoring first.");
        assertThat(lastEventOf("staff").action()).isEqualTo("participation.declined");

        signInAs("declined-person");
        assertThat(requests.yours(telehealth.id())).hasValueSatisfying(yours -> {
            assertThat(yours.status()).isEqualTo(ParticipationStatus.DECLINED);
            assertThat(yours.declineReason()).isEqualTo("We need expertise in remote monitoring first.");
        });
        assertThat(access.roleOf(key("declined-person"), telehealth.id())).isEmpty();
    }

    @Test
    void nobodyButThisWorkgroupsStaffListsOrDecidesAndOnlyTheAskerWithdraws() {
        signInAs("guarded-asker");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));

        for (var outsider : List.of("guarded-asker", "member", "other-staff", "nobody-at-all")) {
            signInAs(outsider);
            var before = refusalsOf(outsider);
            assertRefused(() -> requests.pending(telehealth.id()));
            assertRefused(() -> requests.approve(request.id(), WorkgroupRole.MEMBER));
            assertRefused(() -> requests.decline(request.id(), "No."));
            assertThat(refusalsOf(outsider) - before).as(outsider).isEqualTo(3);
        }
        signInAs("staff");
        assertRefused(() -> requests.withdraw(request.id()));
        assertThat(requests.pending(telehealth.id())).extracting(ParticipationRequest::id).contains(request.id());
        signInAs("other-staff");
        assertThat(requests.pending(other.id())).extracting(ParticipationRequest::id).doesNotContain(request.id());
    }

    @Test
    void everyInputHasALimitAndAClearMessage() {
        var tooLong = "x".repeat(NewParticipationRequest.MAX_RATIONALE + 1);
        assertThatThrownBy(() -> new NewParticipationRequest(null, " ", tooLong, "", WorkgroupRole.STAFF,
                InterestKind.FINANCIAL, ""))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> assertThat(rejected.problems())
                        .containsExactly("Choose the kind of organization you speak for.",
                                "The organization's name must be 1 to 200 characters.",
                                "The statement of rationale must be 1 to 4000 characters.",
                                "The description of your expertise must be 1 to 4000 characters.",
                                "You can ask to be a member or a commenter; staff assign the other roles.",
                                "Describe the financial interest in 1 to 2000 characters."));
        assertThatThrownBy(() -> new NewParticipationRequest(OrganizationKind.COMPANY, "Acme", "Why", "What",
                WorkgroupRole.MEMBER, null, "")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("conflict of interest");
        var none = new NewParticipationRequest(OrganizationKind.COMPANY, " Acme ", "Why", "What",
                WorkgroupRole.MEMBER, InterestKind.NONE, "ignored when there is none");
        assertThat(none.organization()).isEqualTo("Acme");
        assertThat(none.interestDescription()).isEmpty();

        signInAs("staff");
        signInAs("limit-asker");
        var request = requests.request(telehealth.id(), details(WorkgroupRole.MEMBER));
        signInAs("staff");
        assertThatThrownBy(() -> requests.decline(request.id(), "r".repeat(ParticipationDecision.MAX_REASON + 1)))
                .isInstanceOf(InputRejected.class);
    }

    private static NewParticipationRequest details(WorkgroupRole role) {
        return new NewParticipationRequest(OrganizationKind.SPECIALTY_SOCIETY, "Society for Remote Care",
                "We represent clinicians who deliver care remotely.", "Ten years of remote monitoring.", role,
                InterestKind.FINANCIAL, "Our society receives grants from a device maker.");
    }

    private AuditEvent lastEventOf(String username) {
        return audit.ofActor(key(username), 1).getFirst();
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
