package org.quire.comment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalListing;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo shows review from the first start: the demo proposal in a comment period, with example threads. */
@QuireIntegrationTest
class DemoReviewIT {

    @Autowired
    ProposalService proposals;
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

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theDemoCommenterReadsTheDemoProposalInItsCommentPeriodWithExampleThreads() {
        SignedIn.as(people, signIn.issuer(), "commenter");
        var demo = proposals.list(workgroups.workgroup("telehealth").id()).stream()
                .filter(p -> p.number().endsWith("-001")).map(ProposalListing::id).findFirst().orElseThrow();

        assertThat(proposals.get(demo).state()).isEqualTo(ProposalState.COMMENT_PERIOD);
        assertThat(periods.openNow(demo)).hasValueSatisfying(period ->
                assertThat(period.audience().everyCommenter()).isTrue());
        var seeded = threads.threads(demo);
        assertThat(seeded).anySatisfy(thread -> {
            assertThat(thread.suggestion()).isNotNull();
            assertThat(thread.suggestion().pending()).isTrue();
            assertThat(thread.organization()).isEqualTo("Academy of Remote Cardiac Monitoring");
            var passage = (ThreadTarget.Passage) thread.target();
            assertThat(passage.anchor().quote()).isEqualTo("but not time spent by clinical staff");
            assertThat(passage.state()).isEqualTo(AnchorState.INTACT);
        });
        assertThat(seeded).anySatisfy(thread -> {
            assertThat(thread.comments()).hasSize(2);
            assertThat(thread.participants()).extracting(key -> key.subject()).containsExactly("member", "staff");
        });
        assertThat(seeded).anySatisfy(thread -> assertThat(thread.target())
                .isInstanceOf(ThreadTarget.WholeProposal.class));
    }
}
