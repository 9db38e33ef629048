package org.quire.proposal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Live updates and presence through the services, with the access checks they make. */
@QuireIntegrationTest
class ProposalUpdatesIT {

    @Autowired
    ProposalUpdates updates;
    @Autowired
    ProposalPresence presence;
    @Autowired
    ProposalAccess proposalAccess;
    @Autowired
    SectionService sections;
    @Autowired
    ProposalService proposals;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;

    Proposal proposal;
    SectionId intro;

    @BeforeEach
    void aProposal() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(),
                new NewProposal("Followed while open", List.of()));
        intro = proposal.currentSections().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void everySubscriberHearsOfASaveWithItsSectionAndRevision() throws InterruptedException {
        var heard = new LinkedBlockingQueue<ProposalChanged>();
        var subscription = updates.subscribe(proposal.id(), heard::add);
        signInAs("staff");

        sections.save(proposal.id(), intro, 1, "Saved by staff.", "");

        var change = heard.poll(5, TimeUnit.SECONDS);
        assertThat(change).isNotNull();
        assertThat(change.changedText(intro)).isTrue();
        assertThat(change.revision()).isEqualTo(2);
        assertThat(change.by().subject()).isEqualTo("staff");

        subscription.cancel();
        sections.save(proposal.id(), intro, 2, "Saved again.", "");
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(updates.listenerCount(proposal.id())).isZero();
    }

    @Test
    void outsidersCannotFollowOrJoinAProposal() {
        signInAs("visitor");
        assertThatThrownBy(() -> updates.subscribe(proposal.id(), change -> { }))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> presence.enter(proposal.id(), null, Presence.Activity.READING, list -> { }))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void presenceListsWhoIsHereAndWhatTheyDoUntilTheyLeave() throws InterruptedException {
        var seenByMember = new LinkedBlockingQueue<List<Presence>>();
        var reading = presence.enter(proposal.id(), null, Presence.Activity.READING, seenByMember::add);
        signInAs("staff");
        var editing = presence.enter(proposal.id(), intro, Presence.Activity.EDITING, list -> { });

        assertThat(lastWithin(seenByMember, list -> list.size() == 2)).anySatisfy(p -> {
            assertThat(p.person().subject()).isEqualTo("staff");
            assertThat(p.editing(intro)).isTrue();
        });

        editing.leave();
        assertThat(lastWithin(seenByMember, list -> list.size() == 1)).singleElement()
                .satisfies(p -> assertThat(p.person().subject()).isEqualTo("member"));
        reading.leave();
        assertThat(presence.present(proposal.id())).isEmpty();
    }

    @Test
    void aVisitWhosePageFellSilentIsDroppedAfterTheTimeout() throws InterruptedException {
        var shortLived = new ProposalPresence(proposalAccess, Clock.systemUTC(), Duration.ofMillis(400));
        try {
            var silent = shortLived.enter(proposal.id(), null, Presence.Activity.READING, list -> { });
            var beating = new CopyOnWriteArrayList<List<Presence>>();
            signInAs("staff");
            var alive = shortLived.enter(proposal.id(), intro, Presence.Activity.EDITING, beating::add);
            for (int beat = 0; beat < 12 && shortLived.present(proposal.id()).size() > 1; beat++) {
                alive.stillHere();
                Thread.sleep(100);
            }
            assertThat(shortLived.present(proposal.id())).singleElement()
                    .satisfies(p -> assertThat(p.person().subject()).isEqualTo("staff"));
            assertThat(silent.presence().person().subject()).isEqualTo("member");
        } finally {
            shortLived.destroy();
        }
    }

    private static List<Presence> lastWithin(LinkedBlockingQueue<List<Presence>> seen,
            java.util.function.Predicate<List<Presence>> wanted) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var next = seen.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("presence did not reach the expected state within 5 s");
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
