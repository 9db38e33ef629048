package org.quire.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.comment.CommentThreads;
import org.quire.comment.DispositionKind;
import org.quire.comment.DispositionRecorded;
import org.quire.comment.SuggestionDecided;
import org.quire.comment.SuggestionStatus;
import org.quire.comment.ThreadId;
import org.quire.identity.InterestKind;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.notification.internal.NotificationStore;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.NewParticipationRequest;
import org.quire.workgroup.OrganizationKind;
import org.quire.workgroup.ParticipationRequests;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupMembers;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who is told what, on the real store with the demo workgroup's people: each source reaches the
 * right people once, never the person who acted, never someone who cannot read the proposal. Each
 * test reads only the notifications that link to its own proposal (or workgroup request).
 */
@QuireIntegrationTest
class NotificationsIT {

    @Autowired
    Notifications notifications;
    @Autowired
    CommentThreads threads;
    @Autowired
    ProposalService proposals;
    @Autowired
    CommentPeriods periods;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    ParticipationRequests requests;
    @Autowired
    WorkgroupMembers members;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PeriodNotices periodNotices;
    @Autowired
    NotificationStore store;
    @Autowired
    ApplicationContext beans;

    Workgroup telehealth;
    Proposal draft;

    @BeforeEach
    void aDraftNobodyOutsideTheWorkgroupReads() {
        signInAs("member");
        telehealth = workgroups.workgroup("telehealth");
        draft = proposals.create(telehealth.id(), new NewProposal("Notified " + UUID.randomUUID(), List.of(1)));
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aMentionTellsTheMembersMentionedWhoMayReadButNeverTheAuthor() {
        signInAs("member");
        var thread = threads.startOnProposal(draft.id(), "Could @DanaWhitfield and @marcus.lindqvist check this? "
                + "cc @PriyaRaman, @DrRafaelOkafor, `@jo.byrne` and @nobody-here.");

        assertThat(about(draft, "staff")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
            assertThat(n.text()).startsWith("Dr. Rafael Okafor mentioned you on " + draft.number())
                    .contains("Could @DanaWhitfield");
            assertThat(n.link()).isEqualTo("proposals/" + draft.id().value() + "#thread-" + thread.id().value());
            assertThat(n.unread()).isTrue();
        });
        assertThat(about(draft, "observer")).extracting(Notification::kind).containsExactly(NotificationKind.MENTIONED);
        assertThat(about(draft, "commenter")).as("a commenter cannot read a draft never opened for comment").isEmpty();
        assertThat(about(draft, "member")).as("the author, who mentioned themselves").isEmpty();
        assertThat(about(draft, "visitor")).as("not a member of the workgroup").isEmpty();
    }

    @Test
    void aReplyTellsTheThreadsEarlierParticipantsOnceEvenWhenItAlsoMentionsThem() {
        signInAs("member");
        var thread = threads.startOnProposal(draft.id(), "Is the descriptor wording final?");
        signInAs("staff");
        threads.reply(thread.id(), "Not yet, @DrRafaelOkafor: the panel meets first.");
        signInAs("member");
        threads.reply(thread.id(), "Thanks, noted.");

        assertThat(about(draft, "member")).as("mentioned in a reply to their own thread: one notification")
                .extracting(Notification::kind).containsExactly(NotificationKind.MENTIONED);
        assertThat(about(draft, "staff")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPLIED);
            assertThat(n.text()).startsWith("Dr. Rafael Okafor replied in a thread on").endsWith("Thanks, noted.");
        });
        assertThat(about(draft, "observer")).as("never wrote in the thread").isEmpty();
    }

    @Test
    void aDecidedSuggestionTellsTheSuggesterWhoMayReadItButNotTheMemberWhoDecidedTheirOwn() {
        var thread = new ThreadId("suggestion-" + UUID.randomUUID());
        events.publishEvent(new SuggestionDecided(thread, draft.id(), telehealth.id(), key("member"), key("staff"),
                SuggestionStatus.REJECTED, "The panel prefers the current wording."));
        events.publishEvent(new SuggestionDecided(thread, draft.id(), telehealth.id(), key("staff"), key("staff"),
                SuggestionStatus.ACCEPTED, null));
        events.publishEvent(new SuggestionDecided(thread, draft.id(), telehealth.id(), key("commenter"),
                key("member"), SuggestionStatus.ACCEPTED, null));

        assertThat(about(draft, "member")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.SUGGESTION_DECIDED);
            assertThat(n.text()).isEqualTo("Dana Whitfield rejected your suggested edit on " + draft.number() + " “"
                    + draft.title() + "”: The panel prefers the current wording.");
            assertThat(n.link()).endsWith("#thread-" + thread.value());
        });
        assertThat(about(draft, "staff")).as("decided their own suggestion").isEmpty();
        assertThat(about(draft, "commenter")).as("cannot read the draft").isEmpty();
    }

    @Test
    void aCommentPeriodTellsEligibleCommentersOnceWhenItOpensAndOnceInItsLast48Hours() {
        signInAs("staff");
        var now = Instant.now();
        var period = periods.open(draft.id(), now, now.plus(Duration.ofDays(7)), CommentAudience.EVERY_COMMENTER);
        var stranger = anotherProposal();
        signInAs("staff");
        periods.open(stranger.id(), now, now.plus(Duration.ofDays(7)),
                CommentAudience.organizations(List.of("Another Society")));

        var opened = Instant.now();
        periodNotices.sweep(opened);
        periodNotices.sweep(opened.plusSeconds(60));
        assertThat(about(draft, "commenter")).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COMMENT_PERIOD_OPENED);
            assertThat(n.text()).contains("is open to you until");
            assertThat(n.link()).isEqualTo("proposals/" + draft.id().value());
        });
        assertThat(about(stranger, "commenter")).as("a period open to other organizations").isEmpty();
        for (var notTold : List.of("member", "staff", "observer")) {
            assertThat(about(draft, notTold)).as("%s is no commenter", notTold).isEmpty();
        }

        var lastTwoDays = period.closes().minus(Duration.ofHours(47));
        periodNotices.sweep(lastTwoDays);
        periodNotices.sweep(lastTwoDays.plusSeconds(60));
        assertThat(about(draft, "commenter")).extracting(Notification::kind).containsExactly(
                NotificationKind.COMMENT_PERIOD_CLOSING, NotificationKind.COMMENT_PERIOD_OPENED);

        events.publishEvent(new DispositionRecorded(new ThreadId("t-" + UUID.randomUUID()), draft.id(),
                telehealth.id(), key("commenter"), key("staff"), DispositionKind.ACCEPTED_WITH_MODIFICATION));
        assertThat(about(draft, "commenter")).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DISPOSITION_RECORDED);
            assertThat(n.text()).endsWith(": Accepted with modification.");
        });
    }

    @Test
    void aPeriodOpeningInItsLast48HoursSaysSoInOneNotification() {
        signInAs("staff");
        var now = Instant.now();
        periods.open(draft.id(), now, now.plus(Duration.ofDays(1)), CommentAudience.EVERY_COMMENTER);

        var opened = Instant.now();
        periodNotices.sweep(opened);
        periodNotices.sweep(opened.plus(Duration.ofHours(2)));

        assertThat(about(draft, "commenter")).extracting(Notification::kind)
                .containsExactly(NotificationKind.COMMENT_PERIOD_OPENED);
    }

    @Test
    void staffsDecisionOnAParticipationRequestTellsTheRequester() {
        var approvedOne = "notified-asker-" + UUID.randomUUID().toString().substring(0, 8);
        var declinedOne = "notified-asker-" + UUID.randomUUID().toString().substring(0, 8);
        var approvedRequest = ask(approvedOne);
        var declinedRequest = ask(declinedOne);

        signInAs("staff");
        requests.approve(approvedRequest, WorkgroupRole.OBSERVER);
        requests.decline(declinedRequest, "Participation is limited to telehealth expertise.");

        try {
            signInAs(approvedOne);
            assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.PARTICIPATION_DECIDED);
                assertThat(n.text()).contains("approved", "observer", telehealth.name());
                assertThat(n.link()).isEqualTo("workgroups/telehealth");
            });
            signInAs(declinedOne);
            assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
                assertThat(n.text()).contains("declined", "Participation is limited to telehealth expertise.");
                assertThat(n.link()).isEqualTo("workgroups/telehealth/your-request");
            });
        } finally {
            signInAs("staff");
            members.remove(telehealth.id(), key(approvedOne), "End of the notification test.");
        }
    }

    @Test
    void aPersonOpensAndMarksOnlyTheirOwnNotifications() {
        signInAs("member");
        threads.startOnProposal(draft.id(), "@DanaWhitfield and @MarcusLindqvist, a question.");
        var staffs = about(draft, "staff").getFirst();

        signInAs("observer");
        assertThatThrownBy(() -> notifications.open(staffs.id())).isInstanceOf(NoSuchElementException.class);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(about(draft, "staff")).singleElement().satisfies(n -> assertThat(n.unread()).isTrue());

        signInAs("staff");
        var before = notifications.unreadCount();
        var opened = notifications.open(staffs.id());
        assertThat(opened.readAt()).isNotNull();
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void theBellHearsOfANewNotificationForItsPersonOnly() {
        var staffCounts = new CopyOnWriteArrayList<Long>();
        var observerCounts = new CopyOnWriteArrayList<Long>();
        signInAs("staff");
        var staffBell = notifications.subscribe(staffCounts::add);
        signInAs("observer");
        var observerBell = notifications.subscribe(observerCounts::add);
        try {
            signInAs("staff");
            notifications.markAllRead();
            signInAs("member");
            threads.startOnProposal(draft.id(), "@DanaWhitfield, have a look.");

            await().until(() -> staffCounts.contains(1L));
            signInAs("staff");
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(observerCounts).as("the observer was not mentioned").isEmpty();
        } finally {
            staffBell.cancel();
            observerBell.cancel();
        }
    }

    @Test
    void withoutAMailServerAPersonWhoChoseEmailIsToldInQuireWithoutError() {
        assertThat(beans.getBeanProvider(JavaMailSender.class).getIfAvailable()).as("no spring.mail.host here").isNull();
        signInAs("observer");
        notifications.choose(NotificationKind.MENTIONED, Delivery.IN_APP_AND_EMAIL);
        assertThat(notifications.preferences().of(NotificationKind.MENTIONED)).isEqualTo(Delivery.IN_APP_AND_EMAIL);
        assertThat(notifications.emailAvailable()).isFalse();

        signInAs("member");
        threads.startOnProposal(draft.id(), "@MarcusLindqvist, for the record.");

        assertThat(about(draft, "observer")).extracting(Notification::kind).containsExactly(NotificationKind.MENTIONED);
        signInAs("observer");
        notifications.choose(NotificationKind.MENTIONED, Delivery.IN_APP);
    }

    @Test
    void eachPersonKeepsOnlyTheirLatestNotifications() {
        var person = new PersonKey(signIn.issuer(), "kept-" + UUID.randomUUID());
        var start = Instant.now();
        for (int i = 0; i < 5; i++) {
            store.insert(person, NotificationKind.REPLIED, "number " + i, "proposals/x", start.plusSeconds(i));
        }

        store.keepLatest(person, 3);

        assertThat(store.latest(person, 10)).extracting(Notification::text)
                .containsExactly("number 4", "number 3", "number 2");
    }

    private Proposal anotherProposal() {
        signInAs("member");
        return proposals.create(telehealth.id(), new NewProposal("Elsewhere " + UUID.randomUUID(), List.of(1)));
    }

    private org.quire.workgroup.ParticipationRequestId ask(String username) {
        signInAs(username);
        return requests.request(telehealth.id(), new NewParticipationRequest(OrganizationKind.SPECIALTY_SOCIETY,
                "Society of Notified Medicine", "We review telehealth coding.", "Coding.", WorkgroupRole.COMMENTER,
                InterestKind.NONE, "")).id();
    }

    /** The person's notifications about this proposal, newest first. */
    private List<Notification> about(Proposal proposal, String username) {
        signInAs(username);
        var place = "proposals/" + proposal.id().value();
        return notifications.recent(Notifications.MAX_LIST).stream()
                .filter(n -> n.link().equals(place) || n.link().startsWith(place + "#")).toList();
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
