package org.quire.comment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.comment.AnchorState;
import org.quire.comment.Comment;
import org.quire.comment.CommentId;
import org.quire.comment.CommentThread;
import org.quire.comment.Suggestion;
import org.quire.comment.TextAnchor;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.identity.Person;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.DemoProposalReady;
import org.quire.proposal.Proposal;
import org.quire.proposal.SectionKind;
import org.quire.shared.PersonKey;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Example review on the freshly seeded demo proposal: a specialty society's suggested edit and its
 * comment on the whole proposal, and a member's question answered by staff, so a first look at the
 * demo shows what review looks like. Invented text, like the proposal's.
 */
@Component
class DemoReviewSeeder {

    private final ThreadStore threads;
    private final PersonDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    DemoReviewSeeder(ThreadStore threads, PersonDirectory people, AuditTrail audit, Clock clock) {
        this.threads = threads;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoProposalReady ready) {
        var proposal = ready.proposal();
        var commenter = ready.commenter();
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var suggestion = passage(ready, SectionKind.INTRODUCTORY_LANGUAGE, "but not time spent by clinical staff");
        var question = passage(ready, SectionKind.RATIONALE, "many patients have no video connection");
        var seeded = new ArrayList<CommentThread>();
        if (suggestion != null) {
            seeded.add(thread(proposal, suggestion, commenter, at, Suggestion.pending(
                    "but not time spent by clinical staff or on services reported with their own codes"),
                    comment(commenter, at, "Time spent on services reported with their own codes should not also "
                            + "count toward the level of the visit.")));
        }
        if (question != null) {
            seeded.add(thread(proposal, question, ready.member(), at, null,
                    comment(ready.member(), at, "Can we give a source for this? The survey in the references may "
                            + "have a figure."),
                    comment(ready.staff(), at.plus(Duration.ofMinutes(5)), "@member The 2025 survey has one; I will "
                            + "add it to the rationale.")));
        }
        seeded.add(thread(proposal, new ThreadTarget.WholeProposal(), commenter, at, null, comment(commenter, at,
                "Our society supports separate families for audio-video and audio-only visits: members report "
                        + "that payers cannot tell the two apart today.")));
        for (var thread : seeded) {
            var stored = threads.insert(thread);
            audit.record(AuditEntry.of(thread.startedBy(), "comment.started", proposal.workgroup().value(),
                    "thread", stored.id().value()).withChange(null, proposal.number()));
        }
    }

    private static ThreadTarget.@Nullable Passage passage(DemoProposalReady ready, SectionKind kind, String quote) {
        var sections = ready.proposal().sections();
        for (int i = 0; i < sections.size(); i++) {
            var text = ready.texts().get(i);
            int start = text.indexOf(quote);
            if (sections.get(i).kind() == kind && start >= 0) {
                var anchor = TextAnchor.in(text, start, start + quote.length());
                return new ThreadTarget.Passage(sections.get(i).id(), 1, anchor, 1, anchor, AnchorState.INTACT);
            }
        }
        return null; // the demo text changed: no thread rather than one on the wrong words
    }

    private CommentThread thread(Proposal proposal, ThreadTarget target, PersonKey by, Instant at,
            @Nullable Suggestion suggestion, Comment... comments) {
        var organization = people.find(by).map(Person::organization).orElse(null);
        return new CommentThread(new ThreadId("new"), proposal.id(), proposal.workgroup(), target, ThreadStatus.OPEN,
                by, organization, at, List.of(comments), null, suggestion, null, false, 0);
    }

    private static Comment comment(PersonKey author, Instant at, String text) {
        return new Comment(CommentId.random(), author, at, text, null, null);
    }
}
