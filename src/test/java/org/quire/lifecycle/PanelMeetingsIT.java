package org.quire.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
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
import org.quire.proposal.NewProposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.ProposalState;
import org.quire.proposal.ProposalStates;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Membership;
import org.quire.workgroup.MembershipStatus;
import org.quire.workgroup.NewWorkgroup;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupRole;
import org.quire.workgroup.internal.MembershipStore;
import org.quire.workgroup.internal.WorkgroupStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Panel's calendar, the meeting each proposal goes to and the Panel's outcomes through the real
 * services and store. Time passing is the sweep's {@code today}, given explicitly; each test has a
 * workgroup of its own, so its calendar starts empty.
 */
@QuireIntegrationTest
class PanelMeetingsIT {

    @Autowired
    PanelMeetings meetings;
    @Autowired
    MissedDeadlines missed;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalStates states;
    @Autowired
    WorkgroupStore workgroupStore;
    @Autowired
    MembershipStore memberships;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    PanelSettings settings;
    @Autowired
    Clock clock;

    Workgroup workgroup;
    LocalDate today;

    @BeforeEach
    void aWorkgroupOfItsOwn() {
        var slug = "panel-" + UUID.randomUUID().toString().substring(0, 8);
        workgroup = workgroupStore.create(new NewWorkgroup(slug, "Panel Workgroup " + slug, "Meets the Panel.",
                List.of("Bring codes to the Panel.")));
        memberships.add(new Membership(workgroup.id(), key("panel-staff"), WorkgroupRole.STAFF,
                MembershipStatus.ACTIVE));
        memberships.add(new Membership(workgroup.id(), key("panel-member"), WorkgroupRole.MEMBER,
                MembershipStatus.ACTIVE));
        today = settings.today(clock);
        signInAs("panel-staff");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffScheduleMeetingsWithComputedOrKeptDatesAndEveryBadEntryIsSaid() {
        var day = today.plusDays(200);
        var computed = meetings.schedule(workgroup.id(), NewPanelMeeting.computed(" CPT Editorial Panel ", day, ""));
        assertThat(computed.name()).isEqualTo("CPT Editorial Panel");
        assertThat(computed.applicationDeadline()).isEqualTo(PanelDates.applicationDeadline(day));
        assertThat(computed.agendaPublished()).isEqualTo(PanelDates.agendaPublished(day));
        var kept = meetings.schedule(workgroup.id(), new NewPanelMeeting("Earlier one", day.minusDays(100),
                "Chicago, IL", day.minusDays(190), day.minusDays(175)));
        assertThat(kept.applicationDeadline()).isEqualTo(day.minusDays(190));
        assertThat(meetings.calendar(workgroup.id()).meetings()).as("chronological").extracting(PanelMeeting::name)
                .containsExactly("Earlier one", "CPT Editorial Panel");

        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Again", day, null)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("already has a meeting on");
        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), new NewPanelMeeting("", day.plusDays(1), null,
                day.plusDays(2), day.plusDays(3)))).isInstanceOfSatisfying(InputRejected.class, rejected ->
                        assertThat(rejected.problems()).containsExactly(
                                "Name the meeting, e.g. \"CPT Editorial Panel, February 2027\".",
                                "The application deadline is before the meeting (" + PanelDates.date(day.plusDays(1))
                                        + ").",
                                "The agenda is published before the meeting (" + PanelDates.date(day.plusDays(1))
                                        + ")."));
        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Far", today.plusYears(6),
                null))).isInstanceOf(InputRejected.class).hasMessageContaining("first day is between");
        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), new NewPanelMeeting("Agenda first", day.plusDays(7),
                null, day.minusDays(10), day.minusDays(20)))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("on or after the application deadline");
        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), NewPanelMeeting.computed("x".repeat(121),
                day.plusDays(9), null))).isInstanceOf(InputRejected.class).hasMessageContaining("at most 120");

        signInAs("panel-member");
        assertThat(meetings.calendar(workgroup.id()).mayManage()).isFalse();
        assertThatThrownBy(() -> meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Mine", day.plusDays(3),
                null))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> meetings.change(computed.id(), NewPanelMeeting.computed("Mine", day, null)))
                .isInstanceOf(AccessRefused.class);
        assertThat(meetings.calendar(workgroup.id()).meetings()).hasSize(2);
    }

    @Test
    void aProposalGoesToAMeetingWhoseDeadlineHasNotPassedAndCountsTheDaysLeft() {
        var proposal = proposal("Goes to a meeting");
        assertThat(meetings.submissionBlocker(proposal)).contains("Choose the Panel meeting this proposal goes to.");
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(150), null));
        var tooLate = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Too late", today.plusDays(40),
                null));

        var target = meetings.target(proposal, first.id());

        assertThat(target.meeting()).isEqualTo(first);
        assertThat(target.daysLeft()).isEqualTo(PanelDates.daysLeft(first.applicationDeadline(), today)).isPositive();
        assertThat(target.moves()).singleElement().satisfies(move -> {
            assertThat(move.note()).isEqualTo("Goes to " + first.label() + " (application deadline "
                    + PanelDates.date(first.applicationDeadline()) + ").");
            assertThat(move.by()).isEqualTo(key("panel-staff"));
        });
        assertThat(meetings.targetOf(proposal)).contains(target);
        assertThat(meetings.submissionBlocker(proposal)).isEmpty();
        assertThat(lastEvent().action()).isEqualTo("lifecycle.panel-meeting-chosen");
        assertThatThrownBy(() -> meetings.target(proposal, tooLate.id())).isInstanceOf(InputRejected.class)
                .hasMessageContaining("passed on " + PanelDates.date(tooLate.applicationDeadline()));

        signInAs("panel-member");
        assertThat(meetings.dueSoon(workgroup.id())).singleElement().satisfies(due -> {
            assertThat(due.meeting()).isEqualTo(first);
            assertThat(due.daysLeft()).isEqualTo(target.daysLeft());
        });
        assertThatThrownBy(() -> meetings.target(proposal, first.id())).isInstanceOf(AccessRefused.class);
        signInAs("panel-outsider");
        assertThat(meetings.dueSoon(workgroup.id())).isEmpty();
    }

    @Test
    void aMissedDeadlineMovesTheProposalToTheNextMeetingWithANoteAndThenToNone() {
        var proposal = proposal("Misses its deadline");
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(120), null));
        var second = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Second", today.plusDays(250), null));
        meetings.target(proposal, first.id());

        assertThat(missed.catchUp(proposal, first.applicationDeadline())).as("due that day, not yet missed").isEmpty();
        var moved = missed.catchUp(proposal, first.applicationDeadline().plusDays(1)).orElseThrow();

        assertThat(moved.note()).isEqualTo("Missed the application deadline of "
                + PanelDates.date(first.applicationDeadline()) + " for the meeting of "
                + PanelDates.date(first.firstDay()) + "; now goes to the meeting of "
                + PanelDates.date(second.firstDay()) + ".");
        assertThat(moved.by()).isEqualTo(PersonKey.SYSTEM);
        assertThat(moved.on()).isEqualTo(first.applicationDeadline().plusDays(1));
        assertThat(meetings.targetOf(proposal).orElseThrow().meeting()).isEqualTo(second);
        assertThat(audit.ofWorkgroup(workgroup.id().value(), 5)).extracting(AuditEvent::action)
                .contains("lifecycle.panel-deadline-missed");

        missed.catchUp(proposal, second.applicationDeadline().plusDays(1));
        var target = meetings.targetOf(proposal).orElseThrow();
        assertThat(target.meeting()).isNull();
        assertThat(target.moves()).hasSize(3).last().extracting(MeetingMove::note).asString()
                .endsWith("; no later meeting in the calendar: add one.");
        assertThat(meetings.submissionBlocker(proposal).orElseThrow()).startsWith("No later Panel meeting");
    }

    @Test
    void theSweepMovesProposalsPastTheirDeadlineButNeverASubmittedOne() {
        var waiting = proposal("Waits for a meeting");
        var submitted = proposal("Already submitted");
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(120), null));
        var second = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Second", today.plusDays(250), null));
        meetings.target(waiting, first.id());
        meetings.target(submitted, first.id());
        submit(submitted);
        assertThatThrownBy(() -> meetings.target(submitted, second.id())).isInstanceOf(InputRejected.class)
                .hasMessageContaining("submitted");

        // The Panel brought the meeting forward: its deadline is now behind us.
        meetings.change(first.id(), NewPanelMeeting.computed("First, brought forward", today.plusDays(30), null));
        assertThat(missed.sweep(today)).isGreaterThanOrEqualTo(1);

        assertThat(meetings.targetOf(waiting).orElseThrow().meeting()).extracting(PanelMeeting::id)
                .isEqualTo(second.id());
        var kept = meetings.targetOf(submitted).orElseThrow();
        assertThat(kept.meeting()).extracting(PanelMeeting::id).isEqualTo(first.id());
        assertThat(kept.submittedForMeeting()).isTrue();
        assertThat(missed.catchUp(submitted, today.plusYears(2))).isEmpty();
    }

    @Test
    void staffRecordEachOutcomeOfASubmittedProposalAndAPostponedOneGoesToTheNextMeeting() {
        var first = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("First", today.plusDays(120), null));
        var second = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Second", today.plusDays(250), null));
        var accepted = submittedTo(first, "To be accepted");
        var rejected = submittedTo(first, "To be rejected");
        var postponed = submittedTo(first, "To be postponed");
        var draft = proposal("Still a draft");

        assertThatThrownBy(() -> meetings.recordOutcome(draft, PanelOutcome.ACCEPTED, "")).isInstanceOf(
                InputRejected.class).hasMessageContaining("Only a submitted proposal");
        assertThatThrownBy(() -> meetings.recordOutcome(accepted, PanelOutcome.ACCEPTED, "n".repeat(4_001)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 4000");
        signInAs("panel-member");
        assertThatThrownBy(() -> meetings.recordOutcome(accepted, PanelOutcome.ACCEPTED, ""))
                .isInstanceOf(AccessRefused.class);
        signInAs("panel-staff");

        var acceptedTarget = meetings.recordOutcome(accepted, PanelOutcome.ACCEPTED, "Accepted as written.");
        assertThat(states.proposal(accepted).state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(acceptedTarget.lastDecision()).hasValueSatisfying(decision -> {
            assertThat(decision.meeting()).isEqualTo(first.id());
            assertThat(decision.notes()).isEqualTo("Accepted as written.");
        });
        assertThat(states.timeline(accepted).getLast().reason()).isEqualTo("Accepted as written.");

        meetings.recordOutcome(rejected, PanelOutcome.REJECTED, "");
        assertThat(states.proposal(rejected).state()).isEqualTo(ProposalState.REJECTED);
        assertThat(states.timeline(rejected).getLast().reason()).isEqualTo("The Panel's outcome at "
                + first.label() + ": rejected.");

        var postponedTarget = meetings.recordOutcome(postponed, PanelOutcome.POSTPONED, "Bring survey data.");
        assertThat(states.proposal(postponed).state()).isEqualTo(ProposalState.POSTPONED);
        assertThat(postponedTarget.meeting()).isEqualTo(second);
        assertThat(postponedTarget.moves().getLast().note()).isEqualTo("Postponed by the Panel at "
                + first.label() + "; now goes to " + second.label() + ".");
        assertThatThrownBy(() -> meetings.recordOutcome(postponed, PanelOutcome.ACCEPTED, ""))
                .isInstanceOf(InputRejected.class);
        assertThat(lastEvent().action()).isEqualTo("lifecycle.panel-outcome-recorded");
    }

    @Test
    void theSummaryOfActionsOpensAFourteenDayReconsiderationWindow() {
        var past = meetings.schedule(workgroup.id(), NewPanelMeeting.computed("Past", today.minusDays(20), null));
        assertThat(past.reconsiderationEnds()).isEmpty();
        assertThatThrownBy(() -> meetings.recordSummary(past.id(), today.minusDays(21)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("after the meeting begins");
        assertThatThrownBy(() -> meetings.recordSummary(past.id(), today.plusDays(1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("still to come");

        var recorded = meetings.recordSummary(past.id(), today.minusDays(5));

        assertThat(recorded.reconsiderationEnds()).contains(today.plusDays(9));
        assertThat(meetings.calendar(workgroup.id()).meetings()).containsExactly(recorded);
        assertThatThrownBy(() -> meetings.change(past.id(), NewPanelMeeting.computed("Past", today.minusDays(2),
                null))).isInstanceOf(InputRejected.class).hasMessageContaining("cannot begin after it");
    }

    private ProposalId submittedTo(PanelMeeting meeting, String title) {
        var proposal = proposal(title);
        meetings.target(proposal, meeting.id());
        submit(proposal);
        return proposal;
    }

    /** Straight to SUBMITTED: the way there (comment periods, the vote) is tested elsewhere. */
    private void submit(ProposalId proposal) {
        states.move(proposal, ProposalState.DRAFTING, ProposalState.SUBMITTED, key("panel-staff"), "");
        meetings.submitted(proposal, key("panel-staff"));
    }

    private ProposalId proposal(String title) {
        return proposals.create(workgroup.id(), new NewProposal(title, List.of(1))).id();
    }

    private AuditEvent lastEvent() {
        return audit.ofActor(key("panel-staff"), 1).getFirst();
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
