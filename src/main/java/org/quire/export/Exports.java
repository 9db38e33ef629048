package org.quire.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.quire.audit.AuditEntry;
import org.quire.audit.AuditTrail;
import org.quire.export.internal.ApplicationWriter;
import org.quire.export.internal.WorkgroupPackage;
import org.quire.identity.CurrentPerson;
import org.quire.lifecycle.Milestones;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.workgroup.WorkgroupAccess;
import org.quire.workgroup.WorkgroupAction;
import org.quire.workgroup.WorkgroupId;
import org.quire.workgroup.WorkgroupService;
import org.springframework.stereotype.Service;

/**
 * Exports of Code Change Applications. STAFF export for the Panel; members export working drafts
 * (marked so on every page); nobody else exports. Each finished export is an audit event.
 */
@Service
public class Exports {

    private final ProposalService proposals;
    private final Milestones milestones;
    private final ApplicationSources sources;
    private final Map<ExportFormat, ApplicationWriter> writers = new EnumMap<>(ExportFormat.class);
    private final WorkgroupAccess access;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final WorkgroupService workgroups;
    private final Clock clock;

    Exports(ProposalService proposals, Milestones milestones, ApplicationSources sources,
            List<ApplicationWriter> writers, WorkgroupAccess access, CurrentPerson currentPerson, AuditTrail audit,
            WorkgroupService workgroups, Clock clock) {
        this.workgroups = workgroups;
        this.clock = clock;
        this.proposals = proposals;
        this.milestones = milestones;
        this.sources = sources;
        writers.forEach(writer -> this.writers.put(writer.format(), writer));
        this.access = access;
        this.currentPerson = currentPerson;
        this.audit = audit;
    }

    /** Whether the signed-in person may export this proposal at all (for showing the action only to them). */
    public boolean mayExport(ProposalId id) {
        var proposal = proposals.get(id);
        return access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.EXPORT_WORKING_DRAFT)
                || access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.EXPORT_FOR_PANEL);
    }

    /**
     * How an export by the signed-in person is marked.
     *
     * @throws org.quire.workgroup.AccessRefused when they may not export it
     */
    public ExportMarking marking(ProposalId id) {
        return markingOf(proposals.get(id));
    }

    /** Whether the signed-in person may add the disposition reports as an appendix (STAFF). */
    public boolean mayAddDispositions(ProposalId id) {
        var proposal = proposals.get(id);
        return access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.EXPORT_FOR_PANEL)
                && access.allows(currentPerson.require(), proposal.workgroup(), WorkgroupAction.RECORD_DISPOSITIONS);
    }

    /** Reads everything the export says (checks access; audits nothing). */
    public CodeChangeApplication prepare(ExportRequest request) {
        var proposal = proposals.get(request.proposal());
        var marking = markingOf(proposal);
        if (request.withDispositions()) {
            access.require(currentPerson.require(), proposal.workgroup(), WorkgroupAction.EXPORT_FOR_PANEL,
                    "proposal", proposal.id().value());
        }
        return sources.read(proposal, request.milestone(), marking, request.withDispositions());
    }

    /**
     * Prepares and writes the export, then audits it.
     *
     * @throws ExportCancelled when {@code progress} says it was cancelled (nothing audited)
     */
    public ExportFile export(ExportRequest request, ExportProgress progress) {
        progress.advance(0, "Reading the proposal");
        var application = prepare(request);
        var content = write(application, request.format(), progress);
        progress.advance(1, "Done");
        audit.record(AuditEntry.of(currentPerson.require().key(), "proposal.exported",
                proposals.get(request.proposal()).workgroup().value(), "proposal", request.proposal().value())
                .withChange(null, described(application, request.format())));
        return new ExportFile(application.baseFileName() + "." + request.format().extension(),
                request.format().mediaType(), content);
    }

    /** Whether the signed-in person may export the workgroup package (STAFF). */
    public boolean mayExportPackage(WorkgroupId id) {
        return access.allows(currentPerson.require(), id, WorkgroupAction.EXPORT_FOR_PANEL);
    }

    /** Every proposal of the workgroup at its latest milestone in one ZIP (DOCX, PDF, HTML and Markdown of each). */
    public ExportFile exportPackage(WorkgroupId id, ExportProgress progress) {
        var me = currentPerson.require();
        access.require(me, id, WorkgroupAction.EXPORT_FOR_PANEL, "workgroup", id.value());
        var contents = new WorkgroupPackage(workgroups.workgroup(id), writers, clock.instant());
        var listed = proposals.list(id);
        for (int i = 0; i < listed.size(); i++) {
            var listing = listed.get(i);
            var share = 1.0 / listed.size();
            progress.advance(i * share, listing.number());
            var latest = milestones.list(listing.id()).reversed().stream().findFirst();
            if (latest.isEmpty()) {
                contents.skip(listing.number(), listing.title(), "no milestone yet");
                continue;
            }
            var application = prepare(new ExportRequest(listing.id(), latest.get().id(), ExportFormat.DOCX, false));
            int index = i;
            contents.add(application, (done, step) -> progress.advance((index + done) * share, listing.number()
                    + ": " + step));
        }
        var content = contents.finish();
        progress.advance(1, "Done");
        audit.record(AuditEntry.of(me.key(), "workgroup.package-exported", id.value(), "workgroup", id.value())
                .withChange(null, contents.summary()));
        return new ExportFile(contents.fileName(), ExportFormat.MARKDOWN_ZIP.mediaType(), content);
    }

    private ExportMarking markingOf(Proposal proposal) {
        var me = currentPerson.require();
        if (access.allows(me, proposal.workgroup(), WorkgroupAction.EXPORT_FOR_PANEL)) {
            return ExportMarking.FOR_PANEL;
        }
        access.require(me, proposal.workgroup(), WorkgroupAction.EXPORT_WORKING_DRAFT, "proposal",
                proposal.id().value());
        return ExportMarking.WORKING_DRAFT;
    }

    private byte[] write(CodeChangeApplication application, ExportFormat format, ExportProgress progress) {
        var out = new ByteArrayOutputStream();
        try {
            writers.get(format).write(application, out, progress);
        } catch (IOException failed) {
            throw new UncheckedIOException("Writing the " + format.label() + " failed.", failed);
        }
        return out.toByteArray();
    }

    private static String described(CodeChangeApplication application, ExportFormat format) {
        return format.label() + " of " + application.proposalNumber() + " (" + application.source() + ")"
                + (application.marking() == ExportMarking.WORKING_DRAFT ? ", working draft" : "")
                + (application.dispositions().isEmpty() ? "" : ", with dispositions");
    }
}
