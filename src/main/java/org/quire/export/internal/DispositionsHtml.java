package org.quire.export.internal;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.quire.comment.DispositionReport;
import org.quire.comment.DispositionRow;
import org.quire.export.CodeChangeApplication;

/**
 * The appendix: one table per comment period of what commenters said and how the workgroup answered.
 * The spreadsheet's eight columns read as five here, so the table fits a portrait page: who (their
 * organization and name), where (the place and the quoted text), the comment, the disposition (and
 * its resulting revision) and the response.
 */
final class DispositionsHtml {

    static final String ID = "dispositions";
    static final List<String> COLUMNS = List.of("Commenter", "Section", "Comment", "Disposition", "Response");

    private DispositionsHtml() {
    }

    static void append(Element body, List<DispositionReport> reports) {
        var part = ApplicationHtml.part(body, ID, ApplicationHtml.DISPOSITIONS);
        int number = 1;
        for (var report : reports) {
            var id = ID + "-" + number;
            part.appendElement("h2").id(id).text("Comment period " + number++);
            part.appendElement("p").addClass("disposition-period").text(period(report));
            if (report.rows().isEmpty()) {
                part.appendElement("p").text("No commenter commented in this period.");
                continue;
            }
            var table = part.appendElement("table").addClass("dispositions").attr("aria-labelledby", id);
            var head = table.appendElement("thead").appendElement("tr");
            COLUMNS.forEach(column -> head.appendElement("th").attr("scope", "col")
                    .addClass("column-" + column.toLowerCase(Locale.ROOT)).text(column));
            var rows = table.appendElement("tbody");
            report.rows().forEach(row -> append(rows.appendElement("tr"), row));
        }
    }

    private static void append(Element line, DispositionRow row) {
        var who = line.appendElement("td");
        if (!row.organization().isBlank()) {
            who.appendElement("strong").text(row.organization());
            who.appendElement("br");
        }
        who.appendText(row.commenter());
        var where = line.appendElement("td").text(row.place());
        if (!row.quote().isBlank()) {
            where.appendText(" ").appendElement("span").addClass("disposition-quote")
                    .text("“" + row.quote().strip() + "”");
        }
        line.appendElement("td").addClass("disposition-text").text(row.comment());
        var disposition = line.appendElement("td");
        disposition.appendElement("span").addClass("disposition-kind")
                .text(row.disposed() ? row.dispositionLabel() : "Not yet disposed");
        if (row.revision() != null) {
            disposition.appendText(" ").appendElement("span").addClass("disposition-revision")
                    .text("Revision " + row.revision());
        }
        line.appendElement("td").addClass("disposition-text").text(row.response());
    }

    static String period(DispositionReport report) {
        var period = report.period();
        var day = CodeChangeApplication.DAY;
        var closing = period.ends().isBefore(period.closes())
                ? " (closed early on " + day.format(period.ends()) + ")" : "";
        var audience = period.audience().everyCommenter() ? "every commenter"
                : String.join(", ", period.audience().organizations());
        return "From " + day.format(period.opens()) + " to " + day.format(period.closes()) + closing + ", open to "
                + audience + "; " + report.disposed() + " of " + report.rows().size() + " comments disposed.";
    }
}
