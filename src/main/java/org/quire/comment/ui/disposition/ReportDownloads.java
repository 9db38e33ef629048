package org.quire.comment.ui.disposition;

import java.io.IOException;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.quire.comment.Dispositions;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.ProposalId;
import org.quire.workgroup.AccessRefused;

/**
 * The disposition report of the chosen period as XLSX and CSV. Each download is its own request,
 * checked and audited by the service as the person signed in.
 */
class ReportDownloads extends Div {

    private final Dispositions dispositions;
    private final ProposalId proposal;
    private final Supplier<@Nullable CommentPeriodId> period;

    ReportDownloads(Dispositions dispositions, ProposalId proposal, Supplier<@Nullable CommentPeriodId> period) {
        this.dispositions = dispositions;
        this.proposal = proposal;
        this.period = period;
        addClassName("report-downloads");
        var xlsx = new Anchor(event -> download(event, true), AttachmentType.DOWNLOAD,
                "Download the report as a spreadsheet (XLSX)");
        xlsx.setId("dispositions-xlsx");
        var csv = new Anchor(event -> download(event, false), AttachmentType.DOWNLOAD,
                "Download the report as CSV");
        csv.setId("dispositions-csv");
        add(xlsx, csv);
    }

    private void download(DownloadEvent event, boolean spreadsheet) throws IOException {
        var chosen = period.get();
        if (chosen == null) {
            event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var report = dispositions.report(proposal, chosen);
            event.setFileName(report.fileName(spreadsheet ? "xlsx" : "csv"));
            event.setContentType(spreadsheet ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "text/csv;charset=UTF-8");
            var out = event.getOutputStream();
            if (spreadsheet) {
                dispositions.exportXlsx(proposal, chosen, out);
            } else {
                dispositions.exportCsv(proposal, chosen, out);
            }
            out.flush();
        } catch (AccessRefused refused) {
            // The person lost the role since the page was drawn; the refusal is audited.
            event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
