package org.quire.comment;

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
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.comment.internal.ThreadStore;
import org.quire.descriptor.CodeFamily;
import org.quire.descriptor.Descriptor;
import org.quire.descriptor.DescriptorAction;
import org.quire.descriptor.DescriptorSet;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.DescriptorSetService;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * STAFF answer commenters' threads and read the report of a period, through the service on the
 * real store: who may, which threads count, what a response and a resulting revision must be.
 */
@QuireIntegrationTest
@RecordApplicationEvents
class DispositionsIT {

    private static final String TEXT = "Report the visit by the time spent with the patient.";

    @Autowired
    Dispositions dispositions;
    @Autowired
    CommentThreads comments;
    @Autowired
    CommentPeriods periods;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    DescriptorSetService descriptorSets;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    ThreadStore threadStore;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    ApplicationEvents events;

    Proposal proposal;
    SectionId intro;
    Descriptor code = Descriptor.of("9X0X1", DescriptorAction.NEW, "Telemedicine check-in");
    CommentPeriod period;

    @BeforeEach
    void aProposalOpenForComment() {
        signInAs("staff");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(), new NewProposal("Dispositions",
                List.of(1)));
        intro = proposal.currentSections().getFirst().id();
        sections.save(proposal.id(), intro, 1, TEXT, "first words");
        descriptorSets.save(proposal.id(), 1, DescriptorSet.EMPTY.withFamilies(List.of(CodeFamily.of("Check-ins",
                List.of(code)))), "one code");
        period = open();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void staffRecordAndChangeADispositionWhichIsAuditedAndAnnounced() {
        signInAs("commenter");
        var thread = comments.startOnProposal(proposal.id(), "Please say how long a visit lasts.");

        var staff = signInAs("staff");
        var recorded = dispositions.record(thread.id(), DispositionKind.DEFERRED, "  We take this up next cycle.  ");
        assertThat(recorded.disposition()).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DispositionKind.DEFERRED);
            assertThat(d.response()).isEqualTo("We take this up next cycle.");
            assertThat(d.by()).isEqualTo(staff);
            assertThat(d.revision()).isNull();
        });
        var changed = dispositions.record(thread.id(), DispositionKind.NOTED, "Noted for the guidance.");

        assertThat(comments.thread(thread.id()).disposition()).isEqualTo(changed.disposition());
        assertThat(audit.ofActor(staff, 5)).extracting(AuditEvent::action)
                .containsSubsequence("comment.disposition-recorded", "comment.disposition-recorded");
        assertThat(events.stream(DispositionRecorded.class).filter(e -> e.thread().equals(thread.id())))
                .extracting(DispositionRecorded::kind, DispositionRecorded::commenter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DispositionKind.DEFERRED, thread.startedBy()),
                        org.assertj.core.groups.Tuple.tuple(DispositionKind.NOTED, thread.startedBy()));
    }

    @Test
    void onlyStaffRecordAndOnlyOnCommentersThreadsWithAResponseWithinItsLimit() {
        signInAs("commenter");
        var theirs = comments.startOnProposal(proposal.id(), "A comment.");
        signInAs("member");
        var members = comments.startOnProposal(proposal.id(), "A member's own remark.");

        assertThatThrownBy(() -> dispositions.record(theirs.id(), DispositionKind.NOTED, "Thanks"))
                .isInstanceOf(AccessRefused.class);
        signInAs("commenter");
        assertThatThrownBy(() -> dispositions.record(theirs.id(), DispositionKind.ACCEPTED, "Mine is accepted"))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> dispositions.report(proposal.id(), period.id())).isInstanceOf(AccessRefused.class);

        signInAs("staff");
        assertThatThrownBy(() -> dispositions.record(members.id(), DispositionKind.NOTED, "Thanks"))
                .isInstanceOf(InputRejected.class).hasMessageContaining("not by a commenter");
        assertThatThrownBy(() -> dispositions.record(theirs.id(), DispositionKind.NOTED, "  "))
                .isInstanceOf(InputRejected.class).hasMessageContaining("Write the response");
        assertThatThrownBy(() -> dispositions.record(theirs.id(), DispositionKind.NOTED,
                "x".repeat(Disposition.MAX_RESPONSE + 1))).isInstanceOf(InputRejected.class)
                .hasMessageContaining("at most 8,000");
        assertThat(dispositions.record(theirs.id(), DispositionKind.NOTED, "x".repeat(Disposition.MAX_RESPONSE))
                .disposition()).isNotNull();
        assertThat(comments.thread(members.id()).disposition()).isNull();
    }

    @Test
    void theResultingRevisionComesFromAnAcceptedSuggestionOrIsARevisionAfterTheComment() {
        signInAs("commenter");
        var onPassage = comments.startOnPassage(proposal.id(), intro, 2, 0, 6, "Say who reports it.");
        var onCode = comments.startOnDescriptor(proposal.id(), code.id(), "Shorter, please.");
        var onWhole = comments.startOnProposal(proposal.id(), "Generally fine.");

        signInAs("staff");
        assertThatThrownBy(() -> dispositions.record(onPassage.id(), DispositionKind.ACCEPTED, "Done", 2))
                .isInstanceOf(InputRejected.class).hasMessageContaining("has not changed since the comment");
        sections.save(proposal.id(), intro, 2, "The physician reports " + TEXT, "who reports");
        assertThatThrownBy(() -> dispositions.record(onPassage.id(), DispositionKind.ACCEPTED, "Done", 4))
                .isInstanceOf(InputRejected.class).hasMessageContaining("3 to 3");
        assertThatThrownBy(() -> dispositions.record(onPassage.id(), DispositionKind.NOT_ACCEPTED, "No", 3))
                .isInstanceOf(InputRejected.class).hasMessageContaining("Only an accepted comment");
        assertThat(dispositions.record(onPassage.id(), DispositionKind.ACCEPTED, "Done", 3).disposition().revision())
                .isEqualTo(3);
        assertThat(dispositions.record(onCode.id(), DispositionKind.ACCEPTED_WITH_MODIFICATION, "Shortened", 2)
                .disposition().revision()).isEqualTo(2);
        assertThatThrownBy(() -> dispositions.record(onWhole.id(), DispositionKind.ACCEPTED, "Done", 2))
                .isInstanceOf(InputRejected.class).hasMessageContaining("whole proposal");

        // as the suggestion service leaves an accepted suggestion: the revision that applied it
        var stored = threadStore.find(onPassage.id()).orElseThrow();
        threadStore.update(stored.withSuggestion(new Suggestion("The physician", SuggestionStatus.ACCEPTED,
                new Suggestion.Decision(new PersonKey(signIn.issuer(), "member"), Instant.now(), null, 3))));
        assertThat(dispositions.record(onPassage.id(), DispositionKind.ACCEPTED, "Applied", null).disposition()
                .revision()).isEqualTo(3);
        assertThat(dispositions.record(onPassage.id(), DispositionKind.NOTED, "Noted").disposition().revision())
                .isNull();
    }

    @Test
    void theReportListsTheCommentersThreadsOfThePeriodAsAReaderMeetsThem() {
        signInAs("commenter");
        var earlier = comments.startOnProposal(proposal.id(), "In the first period.");
        signInAs("staff");
        periods.close(period.id());
        period = open();
        signInAs("commenter");
        var whole = comments.startOnProposal(proposal.id(), "Overall this reads well.");
        var onCode = comments.startOnDescriptor(proposal.id(), code.id(), "Is 9X0X1 needed?");
        var onPassage = comments.startOnPassage(proposal.id(), intro, 2, 7, 16, "Which visit?");
        comments.edit(onPassage.id(), onPassage.comments().getFirst().id(), "Which visit exactly?");
        signInAs("member");
        comments.startOnProposal(proposal.id(), "A member's remark is not in the report.");
        comments.reply(whole.id(), "Thank you.");
        signInAs("staff");
        dispositions.record(onCode.id(), DispositionKind.NOT_ACCEPTED, "The code is needed.");

        var report = dispositions.report(proposal.id(), period.id());

        assertThat(report.rows()).extracting(row -> row.thread().id())
                .containsExactly(whole.id(), onPassage.id(), onCode.id()).doesNotContain(earlier.id());
        assertThat(report.rows()).extracting(DispositionRow::organization, DispositionRow::commenter,
                DispositionRow::place, DispositionRow::quote, DispositionRow::comment, DispositionRow::dispositionLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Academy of Remote Cardiac Monitoring", "Priya Raman",
                                DispositionRow.WHOLE_PROPOSAL, "", "Overall this reads well.", ""),
                        org.assertj.core.groups.Tuple.tuple("Academy of Remote Cardiac Monitoring", "Priya Raman",
                                proposal.currentSections().getFirst().title(), "the visit", "Which visit exactly?", ""),
                        org.assertj.core.groups.Tuple.tuple("Academy of Remote Cardiac Monitoring", "Priya Raman",
                                "Descriptor 9X0X1", "", "Is 9X0X1 needed?", "Not accepted"));

        assertThat(report.disposed()).isEqualTo(1);
        assertThat(dispositions.report(proposal.id(), periods.periods(proposal.id()).getFirst().id()).rows())
                .extracting(row -> row.thread().id()).containsExactly(earlier.id());
    }

    private CommentPeriod open() {
        return periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
    }

    private PersonKey signInAs(String username) {
        return SignedIn.as(people, signIn.issuer(), username);
    }
}
