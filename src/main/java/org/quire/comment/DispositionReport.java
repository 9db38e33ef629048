package org.quire.comment;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.quire.proposal.CommentPeriod;
import org.quire.proposal.Proposal;

/**
 * The workgroup's answers to the commenters of one comment period: every thread a COMMENTER started
 * on the proposal while the period ran, in document order, with its disposition if it has one.
 */
public record DispositionReport(Proposal proposal, CommentPeriod period, List<DispositionRow> rows) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public DispositionReport {
        rows = List.copyOf(rows);
    }

    /** How many of the rows have a disposition. */
    public long disposed() {
        return rows.stream().filter(DispositionRow::disposed).count();
    }

    /** A file name for the report: proposal number and the day the period opened, e.g. {@code dispositions-TH-2026-003-2026-11-27.xlsx}. */
    public String fileName(String extension) {
        var number = proposal.number().replaceAll("[^A-Za-z0-9-]", "_");
        return "dispositions-" + number + "-" + DAY.format(period.opens()) + "." + extension;
    }
}
