package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/** COMMENTERs comment only while a period open to their organization runs; the workgroup answers any time. */
@QuireIntegrationTest
class CommentingInPeriodsIT {

    @Autowired
    CommentThreads comments;
    @Autowired
    CommentPeriods periods;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;

    @BeforeEach
    void aDraft() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(), new NewProposal("Periods", List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aCommenterCommentsDuringAPeriodOpenToTheirOrganizationOnly() {
        signInAs("commenter");
        assertThatThrownBy(() -> comments.startOnProposal(proposal.id(), "Before any period"))
                .isInstanceOf(NoSuchElementException.class);

        signInAs("staff");
        var elsewhere = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.organizations(List.of("Another Society")));
        signInAs("commenter");
        assertThatThrownBy(() -> comments.startOnProposal(proposal.id(), "Not my period"))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("your organization");

        signInAs("staff");
        periods.close(elsewhere.id());
        var ours = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.organizations(List.of("academy of remote cardiac monitoring ")));
        signInAs("commenter");
        var thread = comments.startOnProposal(proposal.id(), "Please define brief.");
        assertThat(thread.organization()).isEqualTo("Academy of Remote Cardiac Monitoring");

        signInAs("staff");
        periods.close(ours.id());
        signInAs("commenter");
        assertThat(comments.thread(thread.id()).comments()).hasSize(1);
        assertThatThrownBy(() -> comments.reply(thread.id(), "One more thing"))
                .isInstanceOf(AccessRefused.class);

        signInAs("member");
        assertThat(comments.reply(thread.id(), "Defined in the introductory language now.").comments()).hasSize(2);
        signInAs("commenter");
        assertThat(comments.resolve(thread.id()).status()).isEqualTo(ThreadStatus.RESOLVED);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
