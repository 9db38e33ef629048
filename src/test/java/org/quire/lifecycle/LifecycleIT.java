package org.quire.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.SignedIn;
import org.quire.QuireIntegrationTest;
import org.quire.comment.CommentThreads;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.SectionService;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle through its services on the real store: what blocks approval and where to mend it,
 * members proposing steps that STAFF take or decline, the text frozen under approval and thawed on
 * return, withdrawal ending comment periods and comments.
 */
@QuireIntegrationTest
class LifecycleIT {

    @Autowired
    Lifecycle lifecycle;
    @Autowired
    StepRequests requests;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    CommentPeriods periods;
    @Autowired
    CommentThreads threads;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void aProposalBackFromItsFirstCommentPeriod() {
        signInAs("staff");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(), new NewProposal("Lifecycle",
                List.of(1)));
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofHours(2)),
                CommentAudience.EVERY_COMMENTER);
        periods.close(period.id());
        assertThat(state()).isEqualTo(ProposalState.REVISING);
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void descriptorErrorsAndOpenBlockingThreadsKeepAProposalFromApprovalEachLinkedToItsPlace() {
        descriptorSets.save(proposal.id(), 1, DescriptorSet.EMPTY.withFamilies(List.of(CodeFamily.of("Visits",
                List.of(Descriptor.of("9X0X2", DescriptorAction.REVISED, "Visit by video"))))), "A revised code");
        signInAs("member");
        var thread = threads.startOnProposal(proposal.id(), "The vignette still needs a pediatric case.");
        threads.markBlocking(thread.id(), true);

        var toApproval = step(ProposalState.WORKGROUP_APPROVAL);
        assertThat(toApproval.mayTake()).isFalse();
        assertThat(toApproval.mayRequest()).isTrue();
        assertThat(toApproval.blockers()).extracting(Blocker::place).containsExactly(
                "proposals/" + proposal.id().value() + "/descriptors",
                "proposals/" + proposal.id().value() + "#thread-" + thread.id().value());
        assertThat(toApproval.blockers().getFirst().text()).contains("9X0X2 is revised");
        assertThat(toApproval.blockers().getLast().text()).contains("pediatric case");

        signInAs("staff");
        assertThatThrownBy(() -> lifecycle.move(proposal.id(), ProposalState.WORKGROUP_APPROVAL, ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("is blocked").hasMessageContaining("9X0X2");
        assertThat(state()).isEqualTo(ProposalState.REVISING);

        descriptorSets.save(proposal.id(), 2, DescriptorSet.EMPTY, "Codes come later");
        threads.resolve(thread.id());
        assertThat(step(ProposalState.WORKGROUP_APPROVAL).blockers()).isEmpty();
        assertThat(step(ProposalState.WORKGROUP_APPROVAL).mayTake()).isTrue();
    }

    @Test
    void onlyAnOpenThreadCanBeMarkedBlockingAndOnlyByMembersAndStaff() {
        var thread = threads.startOnProposal(proposal.id(), "A remark.");
        threads.resolve(thread.id());
        assertThatThrownBy(() -> threads.markBlocking(thread.id(), true)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("reopen it first");
        threads.reopen(thread.id());
        signInAs("observer");
        assertThatThrownBy(() -> threads.markBlocking(thread.id(), true)).isInstanceOf(AccessRefused.class);
        signInAs("member");
        assertThat(threads.markBlocking(thread.id(), true).blocksApproval()).isTrue();
        assertThat(threads.markBlocking(thread.id(), false).blocksApproval()).isFalse();
    }

    @Test
    void aMemberProposesAStepThatStaffTakeOrDecline() {
        signInAs("member");
        var asked = requests.request(proposal.id(), ProposalState.WORKGROUP_APPROVAL, "The comments are answered.");
        assertThatThrownBy(() -> requests.request(proposal.id(), ProposalState.WORKGROUP_APPROVAL, ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("already proposed");
        assertThatThrownBy(() -> requests.request(proposal.id(), ProposalState.WITHDRAWN, " "))
                .isInstanceOf(InputRejected.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> requests.request(proposal.id(), ProposalState.COMMENT_PERIOD, ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("not a step STAFF take");
        var withdraw = requests.request(proposal.id(), ProposalState.WITHDRAWN, "Folded into TH-2026-001.");
        assertThatThrownBy(() -> lifecycle.move(proposal.id(), ProposalState.WORKGROUP_APPROVAL, ""))
                .isInstanceOf(AccessRefused.class);
        signInAs("observer");
        assertThatThrownBy(() -> requests.request(proposal.id(), ProposalState.WITHDRAWN, "No."))
                .isInstanceOf(AccessRefused.class);

        signInAs("staff");
        assertThat(lifecycle.outlook(proposal.id()).pending()).extracting(StepRequest::id)
                .containsExactly(asked.id(), withdraw.id());
        var declined = requests.decline(withdraw.id(), "We keep it: the codes differ.");
        assertThat(declined.status()).isEqualTo(StepRequest.Status.DECLINED);
        assertThatThrownBy(() -> requests.decline(withdraw.id(), "Again.")).isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> requests.decline(asked.id(), "")).isInstanceOf(InputRejected.class);

        lifecycle.move(proposal.id(), ProposalState.WORKGROUP_APPROVAL, "As the member proposed.");
        assertThat(state()).isEqualTo(ProposalState.WORKGROUP_APPROVAL);
        assertThat(lifecycle.outlook(proposal.id()).pending()).isEmpty();
    }

    @Test
    void theTextIsFrozenUnderApprovalAndThawsWhenTheProposalReturnsToRevision() {
        var first = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), first, 1, "Report once per day.", "Intro");
        lifecycle.move(proposal.id(), ProposalState.WORKGROUP_APPROVAL, "");
        assertThat(proposals.permissions(proposal.id()).edit()).isFalse();
        assertThatThrownBy(() -> sections.save(proposal.id(), first, 2, "Report twice.", "Change"))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> proposals.renameSection(proposal.id(), first, "Intro"))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> lifecycle.move(proposal.id(), ProposalState.REVISING, " "))
                .isInstanceOf(InputRejected.class).hasMessageContaining("needs a reason");

        lifecycle.move(proposal.id(), ProposalState.REVISING, "The vote asked for a pediatric vignette.");
        assertThat(proposals.permissions(proposal.id()).edit()).isTrue();
        assertThat(sections.save(proposal.id(), first, 2, "Report twice.", "Change"))
                .isInstanceOf(org.quire.revision.SaveOutcome.Saved.class);
        var timeline = lifecycle.outlook(proposal.id()).timeline();
        assertThat(timeline).extracting(change -> change.to()).containsExactly(ProposalState.COMMENT_PERIOD,
                ProposalState.REVISING, ProposalState.WORKGROUP_APPROVAL, ProposalState.REVISING);
        assertThat(timeline.getLast().reason()).isEqualTo("The vote asked for a pediatric vignette.");
    }

    @Test
    void withdrawingEndsRunningCommentPeriodsAndTakesNoMoreComments() {
        var running = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        assertThat(state()).isEqualTo(ProposalState.COMMENT_PERIOD);
        lifecycle.move(proposal.id(), ProposalState.WITHDRAWN, "Folded into another proposal.");

        assertThat(state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(periods.openNow(proposal.id())).isEmpty();
        assertThat(periods.periods(proposal.id())).filteredOn(p -> p.id().equals(running.id()))
                .singleElement().satisfies(p -> assertThat(p.closedEarly()).isNotNull());
        assertThatThrownBy(() -> threads.startOnProposal(proposal.id(), "Late remark."))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("takes no more comments");
        assertThat(lifecycle.outlook(proposal.id()).next()).isEmpty();
    }

    @Test
    void peopleWithoutARoleCannotEvenSeeTheLifecycle() {
        signInAs("visitor");
        assertThatThrownBy(() -> lifecycle.outlook(proposal.id())).isInstanceOf(NoSuchElementException.class);
    }

    private NextStep step(ProposalState to) {
        return lifecycle.outlook(proposal.id()).next().stream().filter(next -> next.step().to() == to).findFirst()
                .orElseThrow();
    }

    private ProposalState state() {
        return proposals.get(proposal.id()).state();
    }

    private void signInAs(String subject) {
        SignedIn.as(people, signIn.issuer(), subject);
    }
}
