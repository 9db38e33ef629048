package org.quire.export;

import org.quire.proposal.ProposalId;
import org.quire.workgroup.WorkgroupId;
import org.springframework.stereotype.Service;

/**
 * Exports of Code Change Applications. STAFF export for the Panel; members export working drafts
 * (marked so on every page); nobody else exports. Each finished export is an audit event.
 */
@Service
public class Exports {

    /** Whether the signed-in person may export this proposal at all (for showing the action only to them). */
    public boolean mayExport(ProposalId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * How an export by the signed-in person is marked.
     *
     * @throws org.quire.workgroup.AccessRefused when they may not export it
     */
    public ExportMarking marking(ProposalId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the signed-in person may add the disposition reports as an appendix (STAFF). */
    public boolean mayAddDispositions(ProposalId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads everything the export says (checks access; audits nothing). */
    public CodeChangeApplication prepare(ExportRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Prepares and writes the export, then audits it.
     *
     * @throws ExportCancelled when {@code progress} says it was cancelled (nothing audited)
     */
    public ExportFile export(ExportRequest request, ExportProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the signed-in person may export the workgroup package (STAFF). */
    public boolean mayExportPackage(WorkgroupId id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every proposal of the workgroup at its latest milestone in one ZIP (DOCX, PDF, HTML and Markdown of each). */
    public ExportFile exportPackage(WorkgroupId id, ExportProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
