package org.quire.comment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.identity.CurrentPerson;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.InputRejected;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * STAFF's dispositions of commenters' threads (DESIGN.md: the workgroup answers every comment a
 * specialty society makes) and the disposition report built from them. Only STAFF
 * ({@link WorkgroupAction#RECORD_DISPOSITIONS}) record them and read the report: it lists every
 * organization's comments side by side, which a commenter must not download, and members read each
 * disposition in its thread anyway.
 */
@Service
public class Dispositions {

    private final ThreadChanges changes;
    private final CommenterThreads commenterThreads;
    private final ResultingRevision resultingRevision;
    private final ProposalService proposals;
    private final CommentPeriods periods;
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dispositions(ThreadChanges changes, CommenterThreads commenterThreads, ResultingRevision resultingRevision,
            ProposalService proposals, CommentPeriods periods, WorkgroupAccess access, CurrentPerson currentPerson,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.commenterThreads = commenterThreads;
        this.resultingRevision = resultingRevision;
        this.proposals = proposals;
        this.periods = periods;
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records or changes the disposition of a thread a COMMENTER started, with the response they read. */
    public CommentThread record(ThreadId threadId, DispositionKind kind, String response) {
        return record(threadId, kind, response, null);
    }

    /**
     * As {@link #record(ThreadId, DispositionKind, String)}, naming the revision that carries the
     * resulting change. An accepted suggestion's own revision always wins; otherwise {@code revision}
     * (optional) must be a revision of the thread's section (or of the descriptor set) made after the
     * comment, and only an accepted comment has one.
     */
    public CommentThread record(ThreadId threadId, DispositionKind kind, String response, @Nullable Integer revision) {
        var me = currentPerson.require();
        var recorded = changes.apply(threadId, ThreadChanges.Need.DISPOSE, "comment.disposition-recorded", thread -> {
            // after the access check: whoever may not record hears that, not that the response is empty
            var answer = checked(response);
            if (!commenterThreads.commenters(thread.workgroup()).containsKey(thread.startedBy())) {
                throw new InputRejected("Dispositions answer commenters: this thread was started by a member of "
                        + "the workgroup, not by a commenter.");
            }
            var resulting = resultingRevision.of(thread, kind, revision);
            return thread.withDisposition(new Disposition(kind, answer, me.key(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), resulting));
        });
        events.publishEvent(new DispositionRecorded(recorded.id(), recorded.proposal(), recorded.workgroup(),
                recorded.startedBy(), me.key(), kind));
        return recorded;
    }

    /** Commenters' threads started while the period ran, in document order, with their dispositions. */
    public DispositionReport report(ProposalId proposalId, CommentPeriodId periodId) {
        var proposal = proposals.get(proposalId);
        access.require(currentPerson.require(), proposal.workgroup(), WorkgroupAction.RECORD_DISPOSITIONS, "proposal",
                proposalId.value());
        var period = periods.periods(proposalId).stream().filter(p -> p.id().equals(periodId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("This proposal has no such comment period."));
        return new DispositionReport(proposal, period, commenterThreads.rows(proposal, period));
    }

    /** Writes the report as a spreadsheet (XLSX); the export is an audit event. Leaves {@code out} open. */
    public DispositionReport exportXlsx(ProposalId proposalId, CommentPeriodId periodId, OutputStream out)
            throws IOException {
        var report = exported(proposalId, periodId, "xlsx");
        DispositionReportXlsx.write(report, out);
        return report;
    }

    /** Writes the report as CSV in UTF-8; the export is an audit event. Leaves {@code out} open. */
    public DispositionReport exportCsv(ProposalId proposalId, CommentPeriodId periodId, OutputStream out)
            throws IOException {
        var report = exported(proposalId, periodId, "csv");
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DispositionReportCsv.write(report, writer);
        writer.flush();
        return report;
    }

    private DispositionReport exported(ProposalId proposalId, CommentPeriodId periodId, String format) {
        var report = report(proposalId, periodId);
        audit.record(AuditEntry.of(currentPerson.require().key(), "comment.dispositions-exported",
                report.proposal().workgroup().value(), "comment-period", periodId.value())
                .withChange(null, format + ", " + report.rows().size() + " threads of " + report.proposal().number()));
        return report;
    }

    private static String checked(@Nullable String response) {
        var stripped = response == null ? "" : response.strip();
        if (stripped.isEmpty()) {
            throw new InputRejected("Write the response the commenter will read: it is required with every "
                    + "disposition.");
        }
        if (stripped.length() > Disposition.MAX_RESPONSE) {
            throw new InputRejected(String.format(java.util.Locale.ROOT,
                    "The response is %,d characters long; at most %,d are allowed. Shorten it.", stripped.length(),
                    Disposition.MAX_RESPONSE));
        }
        return stripped;
    }
}
