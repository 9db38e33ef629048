package org.quire.workgroup.matrix;

import static org.quire.workgroup.matrix.Operation.of;
import static org.quire.workgroup.matrix.Persona.MEMBER;
import static org.quire.workgroup.matrix.Persona.OBSERVER;
import static org.quire.workgroup.matrix.Persona.STAFF;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.quire.comment.CommentThreads;
import org.quire.comment.DispositionKind;
import org.quire.comment.Dispositions;
import org.quire.comment.Suggestions;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriods;

/**
 * The comment module's operations. The fixture's proposal was never opened for comment, so
 * commenters neither read nor comment; a comment belongs to its author alone to change. Dispositions
 * answer a commenter's thread on a second proposal, open for comment.
 */
final class CommentOperations {

    private static final Persona[] READERS = {STAFF, MEMBER, OBSERVER};
    private static final Persona[] COMMENTERS = {STAFF, MEMBER};
    private static final Persona[] DECIDERS = {STAFF, MEMBER};

    private CommentOperations() {
    }

    static List<Operation> all() {
        return List.of(
                of("CommentThreads.startOnPassage(ProposalId, SectionId, int, int, int, String)", f -> threads(f)
                        .startOnPassage(f.proposal().id(), f.section(), f.head(), 0, 4, "About these words."),
                        COMMENTERS),
                of("CommentThreads.startOnDescriptor(ProposalId, DescriptorId, String)", f -> threads(f)
                        .startOnDescriptor(f.proposal().id(), f.descriptor(), "About this code."), COMMENTERS),
                of("CommentThreads.startOnProposal(ProposalId, String)", f -> threads(f)
                        .startOnProposal(f.proposal().id(), "About the whole."), COMMENTERS),
                of("CommentThreads.reply(ThreadId, String)", f -> threads(f).reply(f.thread().id(), "Agreed."),
                        COMMENTERS),
                of("CommentThreads.edit(ThreadId, CommentId, String)", f -> threads(f).edit(f.thread().id(),
                        f.thread().comments().getFirst().id(), "A first remark, reworded."), STAFF),
                of("CommentThreads.delete(ThreadId, CommentId)", f -> threads(f).delete(f.thread().id(),
                        f.thread().comments().getFirst().id()), STAFF),
                of("CommentThreads.resolve(ThreadId)", f -> threads(f).resolve(f.thread().id()), COMMENTERS),
                of("CommentThreads.reopen(ThreadId)", f -> threads(f).reopen(f.thread().id()), COMMENTERS),
                of("CommentThreads.markBlocking(ThreadId, boolean)", f -> threads(f).markBlocking(f.thread().id(),
                        true), DECIDERS),
                of("Suggestions.suggest(ProposalId, SectionId, int, int, int, String, String)", f -> suggestions(f)
                        .suggest(f.proposal().id(), f.section(), f.head(), 4, 9, "second", "Reads better."),
                        COMMENTERS),
                of("Suggestions.accept(List)", f -> suggestions(f).accept(List.of(f.suggestion().id())), DECIDERS),
                of("Suggestions.reject(ThreadId, String)", f -> suggestions(f).reject(f.suggestion().id(),
                        "The first text stays."), DECIDERS),
                of("CommentThreads.threads(ProposalId)", f -> threads(f).threads(f.proposal().id()), READERS),
                of("ReviewAccess.permissions(ProposalId)",
                        f -> f.bean(org.quire.comment.ReviewAccess.class).permissions(f.proposal().id()), READERS),
                of("ThreadUpdates.subscribe(ProposalId, Consumer)", f -> f.bean(org.quire.comment.ThreadUpdates.class)
                        .subscribe(f.proposal().id(), change -> { }).cancel(), READERS),
                of("CommentThreads.thread(ThreadId)", f -> threads(f).thread(f.thread().id()), READERS),

                of("CommentPeriods.open(ProposalId, Instant, Instant, CommentAudience)", f -> periods(f).open(
                        f.proposal().id(), Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                        CommentAudience.EVERY_COMMENTER), STAFF),
                of("CommentPeriods.extend(CommentPeriodId, Instant, String)", f -> periods(f).extend(f.period().id(),
                        f.period().closes().plus(Duration.ofDays(1)), "More time"), STAFF),
                of("CommentPeriods.close(CommentPeriodId)", f -> periods(f).close(f.period().id()), STAFF),
                of("CommentPeriods.periods(ProposalId)", f -> periods(f).periods(f.proposal().id()), READERS),
                of("CommentPeriods.openNow(ProposalId)", f -> periods(f).openNow(f.proposal().id()), READERS),
                of("CommentPeriods.requireCommentable(ProposalId)", f -> periods(f)
                        .requireCommentable(f.proposal().id()), COMMENTERS),
                of("CommentPeriods.outlook(ProposalId)", f -> periods(f).outlook(f.proposal().id()), READERS),

                of("Dispositions.record(ThreadId, DispositionKind, String)", f -> dispositions(f)
                        .record(f.commenterThread().id(), DispositionKind.NOTED, "Thank you."), STAFF),
                of("Dispositions.record(ThreadId, DispositionKind, String, Integer)", f -> dispositions(f)
                        .record(f.commenterThread().id(), DispositionKind.DEFERRED, "Next year.", null), STAFF),
                of("Dispositions.report(ProposalId, CommentPeriodId)", f -> dispositions(f)
                        .report(f.proposal().id(), f.period().id()), STAFF),
                of("Dispositions.exportXlsx(ProposalId, CommentPeriodId, OutputStream)", f -> dispositions(f)
                        .exportXlsx(f.proposal().id(), f.period().id(), new ByteArrayOutputStream()), STAFF),
                of("Dispositions.exportCsv(ProposalId, CommentPeriodId, OutputStream)", f -> dispositions(f)
                        .exportCsv(f.proposal().id(), f.period().id(), new ByteArrayOutputStream()), STAFF));
    }

    private static CommentPeriods periods(Fixture fixture) {
        return fixture.bean(CommentPeriods.class);
    }

    private static Suggestions suggestions(Fixture fixture) {
        return fixture.bean(Suggestions.class);
    }

    private static Dispositions dispositions(Fixture fixture) {
        return fixture.bean(Dispositions.class);
    }

    private static CommentThreads threads(Fixture fixture) {
        return fixture.bean(CommentThreads.class);
    }
}
