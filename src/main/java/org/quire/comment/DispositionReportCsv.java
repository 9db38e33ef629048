package org.quire.comment;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The disposition report as CSV (RFC 4180), header and one record per thread. As for the audit
 * log, a cell a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return first)
 * gets a leading apostrophe: commenters wrote these texts.
 */
final class DispositionReportCsv {

    static final String[] HEADER = {"Organization", "Commenter", "Section", "Quoted text", "Comment", "Disposition",
            "Response", "Resulting revision"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private DispositionReportCsv() {
    }

    static void write(DispositionReport report, Writer out) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        for (var row : report.rows()) {
            printer.printRecord(cell(row.organization()), cell(row.commenter()), cell(row.place()), cell(row.quote()),
                    cell(row.comment()), cell(row.dispositionLabel()), cell(row.response()),
                    row.revision() == null ? "" : row.revision().toString());
        }
        printer.flush();
    }

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
