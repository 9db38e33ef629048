package org.quire.comment.ui.disposition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.quire.comment.Comment;
import org.quire.comment.DispositionReport;
import org.quire.comment.Dispositions;
import org.quire.identity.PersonDirectory;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.CommentPeriods;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalService;
import org.quire.shared.PersonKey;
import org.quire.workgroup.AccessRefused;

/**
 * STAFF answer the commenters of one comment period: its commenters' threads in document order,
 * each with a disposition form, how many are disposed, and the report as XLSX or CSV. The service
 * refuses everyone else (the access-refused page says so).
 */
@Route("proposals/:id/dispositions")
@PermitAll
class DispositionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.US)
            .withZone(ZoneId.systemDefault());

    private final ProposalService proposals;
    private final CommentPeriods periods;
    private final Dispositions dispositions;
    private final PersonDirectory people;
    private final Select<CommentPeriod> period = new Select<>();
    private final Paragraph progress = new Paragraph();
    private final Div threads = new Div();
    /** Read by the download requests, which run without the page's lock. */
    private volatile @Nullable CommentPeriodId chosen;
    private String title = "Dispositions · Quire";

    DispositionsView(ProposalService proposals, CommentPeriods periods, Dispositions dispositions,
            PersonDirectory people) {
        this.proposals = proposals;
        this.periods = periods;
        this.dispositions = dispositions;
        this.people = people;
        addClassName("dispositions");
        period.setLabel("Comment period");
        period.setId("disposition-period");
        progress.setId("disposition-progress");
        progress.getElement().setAttribute("role", "status");
        threads.setId("disposition-threads");
        threads.addClassName("disposition-threads");
        period.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                show(dispositions.report(change.getValue().proposal(), change.getValue().id()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = new ProposalId(event.getRouteParameters().get("id").orElse(""));
        var proposal = proposals.get(id);
        title = "Dispositions · " + proposal.number() + " · Quire";
        var outlook = periods.outlook(id);
        if (!outlook.manage()) {
            // the report would refuse them too; without a period there is no report to ask
            throw new AccessRefused("Only the workgroup's staff record dispositions of comments.");
        }
        var all = outlook.periods();
        var first = all.stream().filter(p -> !Instant.now().isBefore(p.opens())).max(Comparator.comparing(
                CommentPeriod::opens)).orElse(all.isEmpty() ? null : all.getLast());
        var report = first == null ? null : dispositions.report(id, first.id());
        removeAll();
        add(new Anchor("proposals/" + id.value(), "← " + proposal.number() + " " + proposal.title()),
                new H1("Dispositions"));
        if (report == null) {
            var empty = new Paragraph("No comment period has been opened on this proposal, so there is nothing "
                    + "to answer yet. ");
            empty.add(new Anchor("proposals/" + id.value() + "/comment-periods", "Open a comment period"));
            empty.setId("no-dispositions");
            add(empty);
            return;
        }
        period.setItems(all.reversed());
        period.setItemLabelGenerator(p -> DAY.format(p.opens()) + " to " + DAY.format(p.ends()));
        period.setValue(first);
        add(period, progress, new ReportDownloads(dispositions, id, () -> chosen), threads);
        show(report);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(DispositionReport report) {
        chosen = report.period().id();
        threads.removeAll();
        var rows = report.rows();
        if (rows.isEmpty()) {
            var empty = new Paragraph("Commenters started no threads during this comment period.");
            empty.setId("no-commenter-threads");
            threads.add(empty);
            progress.setText("Nothing to dispose of in this period.");
            return;
        }
        var names = names(report);
        var disposed = new int[] {(int) report.disposed()};
        var done = new HashMap<String, Boolean>();
        rows.forEach(row -> done.put(row.thread().id().value(), row.disposed()));
        progress.setText(progress(disposed[0], rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            threads.add(new DispositionCard(rows.get(i), i + 1, names, dispositions, recorded -> {
                if (!Boolean.TRUE.equals(done.put(recorded.id().value(), true))) {
                    disposed[0]++;
                }
                progress.setText(progress(disposed[0], rows.size()));
            }));
        }
    }

    private Map<PersonKey, String> names(DispositionReport report) {
        var keys = report.rows().stream().flatMap(row -> row.thread().comments().stream()).map(Comment::author)
                .distinct().toList();
        var names = new HashMap<PersonKey, String>();
        people.findAll(keys).forEach((key, person) -> names.put(key, person.name()));
        return names;
    }

    static String progress(int disposed, int of) {
        return disposed + " of " + of + " disposed";
    }
}
