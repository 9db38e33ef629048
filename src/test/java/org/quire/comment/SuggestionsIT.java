package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.SignedIn;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditTrail;
import org.quire.identity.PersonDirectory;
import org.quire.identity.SignInSettings;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ConcurrentChange;
import org.quire.proposal.NewProposal;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionDrafts;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.proposal.SuggestedText;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.WorkgroupService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Suggested edits through their service on the real store: suggesting, accepting (all or none), rejecting. */
@QuireIntegrationTest
@RecordApplicationEvents
class SuggestionsIT {

    private static final String INTRO = "Report the code once per day. Count only the minutes of live video.";
    private static final String RATIONALE = "Remote visits grew fast. Payers asked for clear rules.";

    @Autowired
    Suggestions suggestions;
    @Autowired
    CommentThreads comments;
    @Autowired
    CommentPeriods periods;
    @Autowired
    ProposalService proposals;
    @Autowired
    SectionService sections;
    @Autowired
    WorkgroupService workgroups;
    @Autowired
    PersonDirectory people;
    @Autowired
    SignInSettings signIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SectionDrafts drafts;
    @Autowired
    ApplicationEvents events;

    Proposal proposal;
    SectionId intro;
    SectionId rationale;

    @BeforeEach
    void aProposalWithTwoSectionsOfText() {
        signInAs("member");
        proposal = proposals.create(workgroups.workgroup("telehealth").id(), new NewProposal("Suggestions",
                List.of(1)));
        intro = proposal.currentSections().get(0).id();
        rationale = proposal.currentSections().get(1).id();
        sections.save(proposal.id(), intro, 1, INTRO, "intro");
        sections.save(proposal.id(), rationale, 1, RATIONALE, "rationale");
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aMemberSuggestsReplacementTextWithOrWithoutSayingWhy() {
        var thread = suggestOnIntro("once per day", "once per calendar day", "Days are calendar days.");

        assertThat(thread.suggestion()).isEqualTo(Suggestion.pending("once per calendar day"));
        assertThat(thread.status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(thread.comments().getFirst().text()).isEqualTo("Days are calendar days.");
        assertThat(thread.target()).isInstanceOfSatisfying(ThreadTarget.Passage.class,
                passage -> assertThat(passage.anchor().quote()).isEqualTo("once per day"));

        var silent = suggestOnIntro("live video", "", " ");
        assertThat(silent.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.text()).isEmpty();
            assertThat(comment.deleted()).isFalse();
        });
        assertThat(comments.thread(silent.id()).suggestion().replacement()).isEmpty();
    }

    @Test
    void aSuggestionMustChangeThePassageAndStayWithinItsLimit() {
        assertThatThrownBy(() -> suggestOnIntro("once per day", "once per day", ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("reads exactly as the passage");
        assertThatThrownBy(() -> suggestOnIntro("once per day", "x".repeat(Suggestion.MAX_REPLACEMENT + 1), ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 8,000");
        assertThatThrownBy(() -> suggestions.suggest(proposal.id(), intro, 2, 5, 5, "more", ""))
                .isInstanceOf(InputRejected.class).hasMessageContaining("selection is empty");
        assertThat(comments.threads(proposal.id())).isEmpty();
    }

    @Test
    void aCommenterSuggestsOnlyWhileAPeriodOpenToTheirOrganizationRuns() {
        signInAs("commenter");
        assertThatThrownBy(() -> suggestOnIntro("once per day", "daily", ""))
                .isInstanceOf(NoSuchElementException.class);

        signInAs("staff");
        var period = periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.organizations(List.of("Academy of Remote Cardiac Monitoring")));
        signInAs("commenter");
        var thread = suggestOnIntro("once per day", "daily", "Shorter.");
        assertThat(thread.organization()).isEqualTo("Academy of Remote Cardiac Monitoring");

        signInAs("staff");
        periods.close(period.id());
        signInAs("commenter");
        assertThatThrownBy(() -> suggestOnIntro("live video", "video", ""))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("comment period");
        assertThat(comments.threads(proposal.id())).hasSize(1);
    }

    @Test
    void acceptingASuggestionChangesTheTextInARevisionThatCreditsTheSuggester() {
        var commenter = commenterSuggests("once per day", "once per calendar day");
        signInAs("member");
        var accepted = suggestions.accept(List.of(commenter.id()));

        var head = sections.read(proposal.id(), intro);
        assertThat(head.text()).isEqualTo(INTRO.replace("once per day", "once per calendar day"));
        assertThat(head.head().number()).isEqualTo(3);
        assertThat(head.head().suggestedBy()).containsExactly(key("commenter"));
        assertThat(head.head().author()).isEqualTo(key("member"));
        assertThat(head.head().summary()).isEqualTo("Accepted suggestion by " + name("commenter"));
        assertThat(accepted).singleElement().satisfies(thread -> {
            assertThat(thread.status()).isEqualTo(ThreadStatus.RESOLVED);
            assertThat(thread.suggestion().status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(thread.suggestion().decision().revision()).isEqualTo(3);
            assertThat(thread.suggestion().decision().by()).isEqualTo(key("member"));
            assertThat(thread.suggestion().decision().reason()).isNull();
        });
        assertThat(events.stream(SuggestionDecided.class)).singleElement().satisfies(decided -> {
            assertThat(decided.suggester()).isEqualTo(key("commenter"));
            assertThat(decided.status()).isEqualTo(SuggestionStatus.ACCEPTED);
        });
        assertThat(audit.ofActor(key("member"), 10)).extracting(AuditEvent::action)
                .contains("section.suggestions-applied", "comment.suggestion-accepted");
        assertThatThrownBy(() -> suggestions.accept(List.of(commenter.id())))
                .isInstanceOf(InputRejected.class).hasMessageContaining("accepted already");
    }

    @Test
    void severalSuggestionsOnOneSectionBecomeOneRevision() {
        var first = suggestOnIntro("once per day", "once per calendar day", "");
        signInAs("staff");
        var second = suggestOnIntro("live video", "live audio and video", "");
        signInAs("member");

        var accepted = suggestions.accept(List.of(second.id(), first.id()));

        var head = sections.read(proposal.id(), intro).head();
        assertThat(sections.read(proposal.id(), intro).text()).isEqualTo(
                "Report the code once per calendar day. Count only the minutes of live audio and video.");
        assertThat(head.number()).isEqualTo(3);
        assertThat(head.suggestedBy()).containsExactly(key("member"), key("staff"));
        assertThat(head.summary()).isEqualTo("Accepted suggestions by " + name("member") + " and " + name("staff"));
        assertThat(accepted).extracting(thread -> thread.suggestion().decision().revision()).containsOnly(3);
    }

    @Test
    void suggestionsOnTwoSectionsAreAcceptedInOneCall() {
        var onIntro = suggestOnIntro("once per day", "daily", "");
        var onRationale = suggest(rationale, RATIONALE, "grew fast", "grew fast after 2020");

        suggestions.accept(List.of(onIntro.id(), onRationale.id()));

        assertThat(sections.read(proposal.id(), intro).text()).contains("Report the code daily.");
        assertThat(sections.read(proposal.id(), rationale).text()).contains("grew fast after 2020.");
        assertThat(sections.read(proposal.id(), rationale).head().suggestedBy()).containsExactly(key("member"));
        assertThat(comments.threads(proposal.id())).allSatisfy(thread ->
                assertThat(thread.suggestion().status()).isEqualTo(SuggestionStatus.ACCEPTED));
    }

    @Test
    void overlappingSuggestionsAreRefusedAndNothingIsApplied() {
        var onRationale = suggest(rationale, RATIONALE, "grew fast", "grew fast after 2020");
        var wide = suggestOnIntro("once per day", "daily", "");
        var narrow = suggestOnIntro("per day", "a day", "");

        assertThatThrownBy(() -> suggestions.accept(List.of(onRationale.id(), wide.id(), narrow.id())))
                .isInstanceOf(InputRejected.class).hasMessageContaining("Nothing was applied")
                .hasMessageContaining("change the same words");
        assertNothingApplied();
    }

    @Test
    void aSuggestionWhoseTextChangedUnderneathIsNotAppliedBlindly() {
        var onRationale = suggest(rationale, RATIONALE, "grew fast", "grew fast after 2020");
        var thread = suggestOnIntro("once per day", "daily", "");
        sections.save(proposal.id(), intro, 2, INTRO.replace("once per day", "once each day"), "wording");

        assertThatThrownBy(() -> suggestions.accept(List.of(onRationale.id(), thread.id())))
                .isInstanceOf(InputRejected.class).hasMessageContaining("changed since it was made")
                .hasMessageContaining("look at it");
        assertThat(sections.read(proposal.id(), intro).head().number()).isEqualTo(3);
        assertThat(sections.read(proposal.id(), rationale).head().number()).isEqualTo(2);
        assertThat(comments.thread(thread.id()).suggestion().pending()).isTrue();
    }

    @Test
    void aNewerEditElsewhereInTheSectionIsKeptWhenASuggestionIsAccepted() {
        var thread = suggestOnIntro("once per day", "daily", "");
        signInAs("staff");
        sections.save(proposal.id(), intro, 2, INTRO.replace("live video", "live two-way video"), "precision");
        signInAs("member");

        suggestions.accept(List.of(thread.id()));

        var head = sections.read(proposal.id(), intro);
        assertThat(head.text()).isEqualTo("Report the code daily. Count only the minutes of live two-way video.");
        assertThat(head.head().number()).isEqualTo(4);
    }

    /**
     * Anchors are followed to the head before accepting, so a clash can only come from a save in
     * between; the section method that accepting relies on is tested for it directly.
     */
    @Test
    void suggestedTextsAreMergedWithNewerEditsOrRefusedAllWithNoDraftLeft() {
        sections.save(proposal.id(), intro, 2, INTRO.replace("once per day", "once each day"), "wording");
        var conflicting = new SuggestedText(intro, 2, INTRO.replace("once per day", "daily"),
                List.of(key("commenter")), "Accepted suggestion");
        var clean = new SuggestedText(rationale, 2, RATIONALE.replace("fast", "quickly"),
                List.of(key("commenter")), "Accepted suggestion");

        assertThatThrownBy(() -> sections.checkSuggestions(proposal.id(), List.of(clean, conflicting)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("Nothing was applied")
                .hasMessageContaining("changed since, in the same place");
        assertThatThrownBy(() -> sections.applySuggestions(proposal.id(), conflicting))
                .isInstanceOf(ConcurrentChange.class);

        assertThat(sections.read(proposal.id(), intro).head().number()).isEqualTo(3);
        assertThat(sections.read(proposal.id(), rationale).head().number()).isEqualTo(2);
        assertThat(drafts.find(proposal.id(), intro)).isEmpty();

        var elsewhere = new SuggestedText(intro, 2, INTRO.replace("live video", "live two-way video"),
                List.of(key("commenter")), "Accepted suggestion");
        sections.checkSuggestions(proposal.id(), List.of(clean, elsewhere));
        var merged = sections.applySuggestions(proposal.id(), elsewhere);
        assertThat(merged.number()).isEqualTo(4);
        assertThat(merged.suggestedBy()).containsExactly(key("commenter"));
        assertThat(sections.read(proposal.id(), intro).text())
                .isEqualTo("Report the code once each day. Count only the minutes of live two-way video.");
    }

    @Test
    void rejectingNeedsAReasonThatTheSuggesterIsToldOf() {
        var thread = commenterSuggests("once per day", "daily");
        signInAs("member");
        assertThatThrownBy(() -> suggestions.reject(thread.id(), "  ")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("Say why");
        assertThatThrownBy(() -> suggestions.reject(thread.id(), "x".repeat(Suggestion.MAX_REASON + 1)))
                .isInstanceOf(InputRejected.class).hasMessageContaining("at most 2,000");
        assertThat(comments.thread(thread.id()).suggestion().pending()).isTrue();

        var rejected = suggestions.reject(thread.id(), " Per day is the payers' wording. ");

        assertThat(rejected.status()).isEqualTo(ThreadStatus.RESOLVED);
        assertThat(rejected.suggestion().status()).isEqualTo(SuggestionStatus.REJECTED);
        assertThat(rejected.suggestion().decision().reason()).isEqualTo("Per day is the payers' wording.");
        assertThat(rejected.suggestion().decision().revision()).isNull();
        assertThat(sections.read(proposal.id(), intro).head().number()).isEqualTo(2);
        assertThat(events.stream(SuggestionDecided.class)).singleElement().satisfies(decided -> {
            assertThat(decided.status()).isEqualTo(SuggestionStatus.REJECTED);
            assertThat(decided.reason()).isEqualTo("Per day is the payers' wording.");
            assertThat(decided.suggester()).isEqualTo(key("commenter"));
        });
        assertThat(audit.ofActor(key("member"), 5)).extracting(AuditEvent::action)
                .contains("comment.suggestion-rejected");
        assertThatThrownBy(() -> suggestions.reject(thread.id(), "Again")).isInstanceOf(InputRejected.class)
                .hasMessageContaining("rejected already");
        assertThatThrownBy(() -> suggestions.accept(List.of(thread.id()))).isInstanceOf(InputRejected.class);
    }

    @Test
    void revisionsStoredBeforeSuggestionsWereCreditedStillLoad() {
        var thread = suggestOnIntro("once per day", "daily", "");
        suggestions.accept(List.of(thread.id()));
        var stored = Query.query(Criteria.where("documentId").is(sections.read(proposal.id(), intro).head()
                .document().value()));
        assertThat(mongo.find(stored, Document.class, "revisions")).extracting(doc -> doc.containsKey("suggestedBy"))
                .containsExactlyInAnyOrder(false, false, true);

        // as a revision written before the field existed
        mongo.updateMulti(stored, new Update().unset("suggestedBy"), "revisions");

        assertThat(sections.revision(proposal.id(), intro, 3).suggestedBy()).isEmpty();
        assertThat(sections.history(proposal.id(), intro, null, 10).revisions())
                .allSatisfy(revision -> assertThat(revision.suggestedBy()).isEmpty());
        assertThat(sections.textAt(proposal.id(), intro, 3)).isEqualTo(INTRO.replace("once per day", "daily"));
    }

    private void assertNothingApplied() {
        assertThat(sections.read(proposal.id(), intro).head().number()).isEqualTo(2);
        assertThat(sections.read(proposal.id(), rationale).head().number()).isEqualTo(2);
        assertThat(comments.threads(proposal.id())).allSatisfy(thread -> {
            assertThat(thread.suggestion().pending()).isTrue();
            assertThat(thread.status()).isEqualTo(ThreadStatus.OPEN);
        });
        assertThat(events.stream(SuggestionDecided.class)).isEmpty();
    }

    private CommentThread commenterSuggests(String passage, String replacement) {
        signInAs("staff");
        periods.open(proposal.id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                CommentAudience.EVERY_COMMENTER);
        signInAs("commenter");
        return suggestOnIntro(passage, replacement, "");
    }

    private CommentThread suggestOnIntro(String passage, String replacement, String why) {
        int start = INTRO.indexOf(passage);
        return suggestions.suggest(proposal.id(), intro, 2, start, start + passage.length(), replacement, why);
    }

    private CommentThread suggest(SectionId section, String text, String passage, String replacement) {
        int start = text.indexOf(passage);
        return suggestions.suggest(proposal.id(), section, 2, start, start + passage.length(), replacement, "");
    }

    private PersonKey key(String username) {
        return new PersonKey(signIn.issuer(), username);
    }

    private String name(String username) {
        return people.find(key(username)).orElseThrow().name();
    }

    private void signInAs(String username) {
        SignedIn.as(people, signIn.issuer(), username);
    }
}
