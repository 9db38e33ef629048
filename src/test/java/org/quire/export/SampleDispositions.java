package org.quire.export;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quire.comment.Comment;
import org.quire.comment.CommentId;
import org.quire.comment.CommentThread;
import org.quire.comment.Disposition;
import org.quire.comment.DispositionKind;
import org.quire.comment.DispositionReport;
import org.quire.comment.DispositionRow;
import org.quire.comment.ThreadId;
import org.quire.comment.ThreadStatus;
import org.quire.comment.ThreadTarget;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/**
 * A disposition report for the sample application, for the writers' appendix: one comment period
 * (closed early) with a disposed thread on a section and an undisposed one on the whole proposal.
 */
public final class SampleDispositions {

    public static final Instant OPENS = Instant.parse("2026-11-02T15:00:00Z");
    public static final Instant CLOSES = Instant.parse("2026-11-16T17:00:00Z");
    public static final Instant CLOSED_EARLY = Instant.parse("2026-11-12T09:30:00Z");
    public static final String COMMENTER = "Priya Raman";
    public static final String RESPONSE = "Added \"secure\" to the descriptor.\nSee revision 4.";

    private static final PersonKey STAFF = new PersonKey("urn:sample", "staff");
    private static final PersonKey COMMENTING = new PersonKey("urn:sample", "commenter");
    private static final ProposalId PROPOSAL = new ProposalId("sample-proposal");
    private static final WorkgroupId WORKGROUP = new WorkgroupId("sample-workgroup");

    private SampleDispositions() {
    }

    /** The application with the sample report as its appendix. */
    public static CodeChangeApplication withDispositions(CodeChangeApplication application) {
        return new CodeChangeApplication(application.workgroupName(), application.proposalNumber(),
                application.proposalTitle(), application.state(), application.source(), application.milestone(),
                application.frozenAt(), application.generatedAt(), application.marking(), application.sections(),
                application.descriptors(), application.descriptorRevision(), List.of(report()));
    }

    public static DispositionReport report() {
        var proposal = new Proposal(PROPOSAL, WORKGROUP, "TH-2026-001",
                "Telemedicine visits by audio-video and audio-only connection", List.of(1),
                ProposalState.COMMENT_PERIOD, List.of(), true, OPENS, STAFF, 3);
        var period = new CommentPeriod(new CommentPeriodId("sample-period"), PROPOSAL, WORKGROUP, OPENS, CLOSES,
                CommentAudience.EVERY_COMMENTER, STAFF, OPENS, List.of(), CLOSED_EARLY);
        return new DispositionReport(proposal, period, List.of(
                row("t-1", "Society of Remote Care", "Introductory language", "a live two-way audio-video link",
                        "Say that the link must be secure.",
                        new Disposition(DispositionKind.ACCEPTED_WITH_MODIFICATION, RESPONSE, STAFF, CLOSED_EARLY, 4)),
                row("t-2", "Academy of Examples", DispositionRow.WHOLE_PROPOSAL, "", "Fine overall.", null)));
    }

    private static DispositionRow row(String id, String organization, String place, String quote, String comment,
            @Nullable Disposition disposition) {
        var thread = new CommentThread(new ThreadId(id), PROPOSAL, WORKGROUP, new ThreadTarget.WholeProposal(),
                ThreadStatus.OPEN, COMMENTING, organization, OPENS,
                List.of(new Comment(new CommentId(id + "-c1"), COMMENTING, OPENS, comment, null, null)), null, null,
                disposition, false, 0);
        return new DispositionRow(thread, organization, COMMENTER, place, quote, comment);
    }
}
