package org.quire.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.quire.comment.internal.ThreadStore;
import org.quire.identity.CurrentPerson;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.ConcurrentChange;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.proposal.SectionId;
import org.quire.proposal.SectionService;
import org.quire.proposal.SuggestedText;
import org.quire.shared.InputRejected;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Suggested edits: a passage thread that proposes replacement text. COMMENTERs (while a period open
 * to them runs) and MEMBERs suggest; MEMBERs and STAFF accept, applying the replacement through the
 * section's normal merge in a revision that credits the suggester, or reject with a reason. A
 * suggestion whose passage no longer reads as it did ({@link AnchorState#quoteUnchanged()}) is
 * never applied.
 */
@Service
public class Suggestions {

    /** Suggestions accepted in one call: a review session's worth. */
    public static final int MAX_ACCEPTED = 100;

    private final CommentThreads threads;
    private final ThreadStore store;
    private final ThreadChanges changes;
    private final AnchorFollower follower;
    private final ProposalService proposals;
    private final SectionService sections;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suggestions(CommentThreads threads, ThreadStore store, ThreadChanges changes, AnchorFollower follower,
            ProposalService proposals, SectionService sections, WorkgroupAccess access, CurrentPerson currentPerson,
            PersonDirectory people, ApplicationEventPublisher events, Clock clock) {
        this.threads = threads;
        this.store = store;
        this.changes = changes;
        this.follower = follower;
        this.proposals = proposals;
        this.sections = sections;
        this.access = access;
        this.currentPerson = currentPerson;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Suggests {@code replacement} (empty: delete the passage) for the passage {@code start}–{@code end}
     * of revision {@code revision} of the section, with {@code comment} saying why. The comment may be
     * empty: the thread then starts with an empty first comment, since the replacement speaks for itself.
     */
    public CommentThread suggest(ProposalId proposalId, SectionId sectionId, int revision, int start, int end,
            String replacement, String comment) {
        var proposal = threads.commentable(proposalId);
        var target = threads.passage(proposalId, sectionId, revision, start, end);
        var text = replacement == null ? "" : replacement;
        if (text.length() > Suggestion.MAX_REPLACEMENT) {
            throw new InputRejected(String.format(Locale.ROOT, "The replacement has %,d characters; at most %,d "
                    + "are allowed. Suggest a shorter passage at a time.", text.length(), Suggestion.MAX_REPLACEMENT));
        }
        if (text.equals(target.anchor().quote())) {
            throw new InputRejected("The replacement reads exactly as the passage does: change it, or comment "
                    + "instead.");
        }
        return threads.start(proposal, target, comment, Suggestion.pending(text));
    }

    /**
     * Applies the suggestions, all or none: one new revision per section they touch, crediting
     * their suggesters. Refused with every reason listed if any is decided, changed underneath,
     * overlapping another, or would conflict with the section's newer text.
     *
     * @return the accepted threads, each with the revision that applied it
     */
    public List<CommentThread> accept(List<ThreadId> threadIds) {
        var ids = List.copyOf(new LinkedHashSet<>(threadIds));
        if (ids.isEmpty()) {
            throw new InputRejected("Choose the suggestions to accept.");
        }
        if (ids.size() > MAX_ACCEPTED) {
            throw new InputRejected("At most " + MAX_ACCEPTED + " suggestions can be accepted at once; "
                    + ids.size() + " were chosen.");
        }
        var stored = ids.stream().map(id -> store.find(id).orElseThrow(ThreadChanges::notFound)).toList();
        var proposalId = stored.getFirst().proposal();
        var proposal = proposals.get(proposalId);
        if (stored.stream().anyMatch(thread -> !thread.proposal().equals(proposalId))) {
            throw new InputRejected("Accept the suggestions of one proposal at a time.");
        }
        access.require(currentPerson.require(), proposal.workgroup(), WorkgroupAction.DECIDE_SUGGESTIONS,
                "proposal", proposalId.value());
        var followed = follower.followToHead(stored);
        var problems = SuggestionBatch.problems(proposal, followed);
        if (!problems.isEmpty()) {
            problems.addFirst("Nothing was applied.");
            throw new InputRejected(problems);
        }
        var bySection = SuggestionBatch.bySection(proposal, followed);
        var texts = bySection.entrySet().stream().map(group -> text(proposalId, group.getKey(), group.getValue()))
                .toList();
        sections.checkSuggestions(proposalId, texts);
        var accepted = new ArrayList<CommentThread>();
        // a section changed between the check and its write (no transactions) stops here; the
        // sections written before keep their accepted threads, so threads and text always agree
        for (var text : texts) {
            var revision = sections.applySuggestions(proposalId, text);
            for (var thread : bySection.get(text.section())) {
                accepted.add(decide(thread.id(), "comment.suggestion-accepted", null, revision.number()));
            }
        }
        return accepted;
    }

    /** Turns the suggestion down; {@code reason} (required, at most {@link Suggestion#MAX_REASON}) is shown to the suggester. */
    public CommentThread reject(ThreadId threadId, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InputRejected("Say why the suggestion is rejected: the person who made it will read it.");
        }
        if (why.length() > Suggestion.MAX_REASON) {
            throw new InputRejected(String.format(Locale.ROOT, "The reason has %,d characters; at most %,d are "
                    + "allowed.", why.length(), Suggestion.MAX_REASON));
        }
        return decide(threadId, "comment.suggestion-rejected", why, null);
    }

    private SuggestedText text(ProposalId proposalId, SectionId section, List<CommentThread> inSection) {
        int revision = SuggestionBatch.passage(inSection.getFirst()).revision();
        if (inSection.stream().anyMatch(thread -> SuggestionBatch.passage(thread).revision() != revision)) {
            throw new ConcurrentChange("The section changed while its suggestions were read; "
                    + "nothing was applied. Try again.");
        }
        var suggesters = inSection.stream().map(CommentThread::startedBy).distinct().toList();
        var base = sections.textAt(proposalId, section, revision);
        return new SuggestedText(section, revision, SuggestionBatch.applied(base, inSection), suggesters,
                summary(suggesters));
    }

    /** "Accepted suggestion by Dana Whitfield", or "Accepted suggestions by A, B and C". */
    private String summary(List<PersonKey> suggesters) {
        var named = people.findAll(suggesters);
        var names = suggesters.stream().map(key -> named.containsKey(key) ? named.get(key).name() : key.subject())
                .toList();
        var list = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        var summary = "Accepted suggestion" + (suggesters.size() == 1 ? "" : "s") + " by " + list;
        return summary.length() <= SectionService.MAX_SUMMARY ? summary
                : "Accepted suggestions by " + suggesters.size() + " people";
    }

    /** Marks the suggestion decided and resolves its thread; then tells whoever listens. */
    private CommentThread decide(ThreadId threadId, String auditAction, @Nullable String reason,
            @Nullable Integer revision) {
        var me = currentPerson.require().key();
        var accepting = revision != null;
        var decided = changes.apply(threadId, ThreadChanges.Need.DECIDE, auditAction, thread -> {
            var suggestion = thread.suggestion();
            if (suggestion == null) {
                throw new InputRejected("This thread is a comment, not a suggested edit.");
            }
            // an accepted text is in the revision already: it wins over a decision taken meanwhile
            if (!accepting && !suggestion.pending()) {
                throw new InputRejected("This suggestion was " + suggestion.status().label()
                        .toLowerCase(Locale.ROOT) + " already.");
            }
            var now = now();
            var status = accepting ? SuggestionStatus.ACCEPTED : SuggestionStatus.REJECTED;
            return thread.withSuggestion(new Suggestion(suggestion.replacement(), status,
                            new Suggestion.Decision(me, now, reason, revision)))
                    .withStatus(ThreadStatus.RESOLVED, new CommentThread.Resolution(me, now));
        });
        events.publishEvent(new SuggestionDecided(decided.id(), decided.proposal(), decided.workgroup(),
                decided.startedBy(), me, decided.suggestion().status(), reason));
        return decided;
    }

    /** Stored times have milliseconds; handing out the same value the store returns keeps them comparable. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
