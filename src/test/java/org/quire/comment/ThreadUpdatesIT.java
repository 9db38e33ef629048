package org.quire.comment;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every stored change to a thread is announced, and open pages of the proposal hear of it. */
@QuireIntegrationTest
@RecordApplicationEvents
class ThreadUpdatesIT {

    @Autowired
    CommentThreads comments;
    @Autowired
    ThreadUpdates updates;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    ApplicationEvents events;

    Proposal proposal;

    @BeforeEach
    void aProposal() {
        SignedIn.as(people, signIn.issuer(), "member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(), new NewProposal("Live threads", List.of()));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void startingReplyingEditingDeletingResolvingAndReopeningEachAnnounceAChange() throws InterruptedException {
        var heard = new LinkedBlockingQueue<ThreadChanged>();
        var subscription = updates.subscribe(proposal.id(), heard::add);
        var thread = comments.startOnProposal(proposal.id(), "First.");
        thread = comments.reply(thread.id(), "Second.");
        comments.edit(thread.id(), thread.comments().get(1).id(), "Second, edited.");
        comments.delete(thread.id(), thread.comments().get(1).id());
        comments.resolve(thread.id());
        comments.reopen(thread.id());

        var expected = new ThreadChanged(thread.id(), proposal.id());
        assertThat(events.stream(ThreadChanged.class)).containsExactly(expected, expected, expected, expected,
                expected, expected);
        // delivered on threads of their own: wait for the first, however long the machine takes
        assertThat(heard.poll(1, TimeUnit.MINUTES)).isEqualTo(expected);
        subscription.cancel();
        assertThat(updates.listenerCount(proposal.id())).isZero();
    }

    @Test
    void onlyThoseWhoMayReadTheProposalHearOfItsThreads() {
        SignedIn.as(people, signIn.issuer(), "visitor");
        assertThatThrownBy(() -> updates.subscribe(proposal.id(), change -> { }))
                .isInstanceOf(NoSuchElementException.class);
    }
}
