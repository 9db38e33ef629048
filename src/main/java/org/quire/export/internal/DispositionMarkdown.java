package org.quire.export.internal;

import java.util.List;

import org.quire.comment.DispositionReport;
import org.quire.export.CodeChangeApplication;

/** The disposition reports as Markdown tables, one per comment period; every cell escaped. */
final class DispositionMarkdown {

    private DispositionMarkdown() {
    }

    static String of(List<DispositionReport> reports) {
        var out = new StringBuilder("# Disposition of comments\n");
        for (var report : reports) {
            var period = report.period();
            out.append("\n## Comment period ").append(CodeChangeApplication.DAY.format(period.opens())).append(" to ")
                    .append(CodeChangeApplication.DAY.format(period.ends())).append("\n\n");
            if (report.rows().isEmpty()) {
                out.append("No commenter started a thread in this period.\n");
                continue;
            }
            out.append("| # | Organization | Commenter | Place | Quoted text | Comment | Disposition | Response |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            int number = 1;
            for (var row : report.rows()) {
                out.append("| ").append(number++);
                for (var cell : List.of(row.organization(), row.commenter(), row.place(), row.quote(), row.comment(),
                        row.dispositionLabel(), row.response())) {
                    out.append(" | ").append(cell(cell));
                }
                out.append(" |\n");
            }
        }
        return out.toString();
    }

    /** One table cell: Markdown escaped, line breaks as spaces (a table row is one line). */
    private static String cell(String text) {
        return DescriptorMarkdown.escape(text.replaceAll("\\s*\\R\\s*", " "));
    }
}
