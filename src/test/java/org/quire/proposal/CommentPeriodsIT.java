package org.quire.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.shared.InputRejected;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

/** Comment periods through their service on the real store: the window rules and the proposal state they drive. */
@QuireIntegrationTest
class CommentPeriodsIT {

    @Autowired
    CommentPeriods periods;
    @Autowired
    PeriodStates states;
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
        signInAs("staff");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void openingPutsTheProposalInItsCommentPeriodAndClosingMovesItToRevising() {
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(14)),
                CommentAudience.EVERY_COMMENTER);

        assertThat(proposals.get(proposal.id())).satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.COMMENT_PERIOD);
            assertThat(p.openedForComment()).isTrue();
        });
        assertThat(periods.openNow(proposal.id())).contains(period);

        var later = period.closes().plus(Duration.ofDays(7));
        var extended = periods.extend(period.id(), later, "Two societies asked for more time");
        assertThat(extended.closes()).isEqualTo(later);
        assertThat(extended.extensions()).singleElement().satisfies(e -> assertThat(e.from()).isEqualTo(period.closes()));

        var closed = periods.close(period.id());
        assertThat(closed.closedEarly()).isNotNull();
        assertThat(proposals.get(proposal.id())).satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.REVISING);
            assertThat(p.openedForComment()).isTrue();
        });
        assertThatThrownBy(() -> periods.extend(period.id(), later.plus(Duration.ofDays(1)), ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("over");

        var second = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.organizations(List.of("Academy of Remote Cardiac Monitoring")));
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.COMMENT_PERIOD);
        assertThat(periods.periods(proposal.id())).containsExactly(closed, second);
    }

    @Test
    void aPeriodThatOpensLaterChangesTheStateWhenTheSweepFindsItOpen() throws InterruptedException {
        var opens = Instant.now().plusSeconds(1);
        periods.open(proposal.id(), opens, opens.plus(Duration.ofDays(2)), CommentAudience.EVERY_COMMENTER);
        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.DRAFTING);

        for (int tries = 0; tries < 50 && Instant.now().isBefore(opens.plusMillis(50)); tries++) {
            Thread.sleep(100);
        }
        states.sweep();

        assertThat(proposals.get(proposal.id()).state()).isEqualTo(ProposalState.COMMENT_PERIOD);
    }

    @Test
    void windowsOutsideTheLimitsAndOverlapsAreRefusedWithAMessage() {
        var now = Instant.now();
        assertThatThrownBy(() -> periods.open(proposal.id(), now, now.plus(Duration.ofMinutes(30)),
                CommentAudience.EVERY_COMMENTER)).isInstanceOf(InputRejected.class).hasMessageContaining("at least an hour");
        assertThatThrownBy(() -> periods.open(proposal.id(), now, now.plus(Duration.ofDays(181)),
                CommentAudience.EVERY_COMMENTER)).isInstanceOf(InputRejected.class).hasMessageContaining("180 days");
        assertThatThrownBy(() -> periods.open(proposal.id(), now.plus(Duration.ofDays(400)),
                now.plus(Duration.ofDays(410)), CommentAudience.EVERY_COMMENTER)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("within a year");
        assertThatThrownBy(() -> CommentAudience.organizations(List.of(" "))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("at least one organization");

        var first = periods.open(proposal.id(), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                CommentAudience.EVERY_COMMENTER);
        assertThatThrownBy(() -> periods.open(proposal.id(), now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(20)), CommentAudience.EVERY_COMMENTER)).isInstanceOf(InputRejected.class)
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> periods.extend(first.id(), now.plus(Duration.ofDays(9)), "shorter"))
                .isInstanceOf(InputRejected.class).hasMessageContaining("later than");
    }

    @Test
    void onlyStaffManagePeriodsAndEveryReaderSeesThem() {
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(3)),
                CommentAudience.EVERY_COMMENTER);

        for (var username : List.of("member", "observer", "commenter")) {
            signInAs(username);
            assertThat(periods.periods(proposal.id())).containsExactly(period);
            assertThatThrownBy(() -> periods.close(period.id())).isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> periods.open(proposal.id(), Instant.now().plus(Duration.ofDays(10)),
                    Instant.now().plus(Duration.ofDays(12)), CommentAudience.EVERY_COMMENTER))
                    .isInstanceOf(AccessRefused.class);
        }
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
