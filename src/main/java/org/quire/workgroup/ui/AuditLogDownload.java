package org.quire.workgroup.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.quire.audit.AuditQuery;
import org.quire.workgroup.AccessRefused;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupAuditLog;

/**
 * The filtered audit log as a CSV download, streamed from the database as it is written. Says
 * beforehand when the filters select more events than one file holds.
 */
class AuditLogDownload extends Div {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneOffset.UTC);

    private final WorkgroupAuditLog log;
    private final Supplier<AuditQuery> query;
    private final Anchor link;
    private final Span note = new Span();
    private volatile String slug = "workgroup";

    AuditLogDownload(WorkgroupAuditLog log, Supplier<AuditQuery> query) {
        this.log = log;
        this.query = query;
        addClassName("audit-download");
        link = new Anchor(this::download, AttachmentType.DOWNLOAD, "Download these events as CSV");
        link.setId("audit-csv");
        note.setId("audit-csv-note");
        note.getElement().setAttribute("role", "status");
        add(link, note);
    }

    void forWorkgroup(Workgroup workgroup) {
        slug = workgroup.slug();
    }

    /** How many events the filters select now. */
    void selected(long count) {
        link.setEnabled(count > 0);
        note.setText(count > WorkgroupAuditLog.MAX_EXPORT_ROWS
                ? String.format("The file holds the newest %,d of these %,d events: narrow the filters "
                        + "(a date range) to export the rest.", WorkgroupAuditLog.MAX_EXPORT_ROWS, count)
                : "");
    }

    private void download(DownloadEvent event) throws IOException {
        event.setFileName("audit-" + slug + "-" + STAMP.format(Instant.now()) + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        try {
            var out = event.getOutputStream();
            log.export(query.get(), out);
            out.flush();
        } catch (AccessRefused refused) {
            // The person lost the role since the page was drawn; the refusal is audited.
            event.getResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
