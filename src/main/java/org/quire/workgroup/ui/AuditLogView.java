package org.quire.workgroup.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditActionLabel;
import org.quire.audit.AuditEvent;
import org.quire.audit.AuditQuery;
import org.quire.workgroup.AuditLogEntry;
import org.quire.workgroup.Workgroup;
import org.quire.workgroup.WorkgroupAuditLog;
import org.quire.workgroup.WorkgroupService;

/**
 * A workgroup's audit log for its staff: filters above a lazily paged grid, newest first, and the
 * filtered set as CSV. The service refuses everyone else (the access-refused page says so).
 */
@Route("workgroups/:slug/audit")
@PermitAll
class AuditLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final WorkgroupService workgroups;
    private final WorkgroupAuditLog log;
    private final Grid<AuditLogEntry> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final AuditLogDownload download;
    private @Nullable AuditLogFilters filters;
    private Instant openedAt = Instant.now();
    /** Read by the grid and by the download request, which runs without the page's lock. */
    private volatile AuditQuery query = AuditQuery.of("none");
    private long count;
    private String title = "Audit log · Quire";

    AuditLogView(WorkgroupService workgroups, WorkgroupAuditLog log) {
        this.workgroups = workgroups;
        this.log = log;
        this.download = new AuditLogDownload(log, () -> query);
        addClassName("audit-log");
        summary.setId("audit-summary");
        summary.getElement().setAttribute("role", "status");
        empty.setId("audit-empty");
        empty.addClassName("empty-state");
        columns();
    }

    static String path(Workgroup workgroup) {
        return "workgroups/" + workgroup.slug() + "/audit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var workgroup = workgroups.workgroup(event.getRouteParameters().get("slug").orElse(""));
        var choices = log.choices(workgroup.id());
        title = "Audit log · " + workgroup.name() + " · Quire";
        openedAt = Instant.now();
        query = AuditQuery.of(workgroup.id().value()).between(null, openedAt);
        filters = new AuditLogFilters(workgroup.id().value(), choices, this::refresh);
        download.forWorkgroup(workgroup);
        removeAll();
        add(new H1("Audit log"));
        add(new Anchor(WorkgroupHomeView.path(workgroup), "Back to " + workgroup.name()));
        add(new Paragraph("Everything done in " + workgroup.name() + ", newest first: who, what, to which object, "
                + "and from which address. Times are in UTC. Nothing here can be changed or removed."));
        var newer = new Button("Show newer events", e -> {
            openedAt = Instant.now();
            refresh();
        });
        newer.setId("show-newer");
        newer.addThemeVariants(ButtonVariant.TERTIARY);
        add(filters, new HorizontalLayout(summary, newer), download, empty, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void refresh() {
        var chosen = filters == null ? null : filters.query(openedAt);
        if (filters == null || chosen == null) {
            return;
        }
        query = chosen;
        count = log.count(chosen);
        summary.setText(count == 1 ? "1 event" : String.format("%,d events", count));
        empty.setText(filters.any() ? "No events match these filters. Clear a filter to see more."
                : "Nothing has been recorded for this workgroup yet. Changes, exports and refused attempts "
                        + "will appear here.");
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        download.selected(count);
        grid.getDataProvider().refreshAll();
    }

    private void columns() {
        grid.setId("audit-events");
        grid.setAriaLabel("Audit events");
        grid.addColumn(entry -> TIME.format(entry.event().at())).setHeader("Time (UTC)").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(AuditLogEntry::who).setHeader("Person").setWidth("8rem").setFlexGrow(1)
                .setTooltipGenerator(entry -> entry.event().actor().toString());
        grid.addColumn(entry -> AuditActionLabel.of(entry.event().action())).setHeader("Action").setWidth("9rem")
                .setFlexGrow(1).setTooltipGenerator(entry -> entry.event().action());
        grid.addColumn(entry -> entry.event().objectType() + " " + entry.event().objectId()).setHeader("Object")
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(entry -> change(entry.event())).setHeader("Before → after").setWidth("10rem").setFlexGrow(2);
        grid.addColumn(entry -> entry.event().origin() == null ? "—" : entry.event().origin())
                .setHeader("Client address").setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setItems(q -> log.page(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, count));
    }

    static String change(AuditEvent event) {
        if (event.before() == null && event.after() == null) {
            return "";
        }
        if (event.before() == null) {
            return event.after();
        }
        return event.before() + " → " + (event.after() == null ? "—" : event.after());
    }
}
