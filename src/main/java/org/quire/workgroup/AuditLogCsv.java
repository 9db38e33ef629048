package org.quire.workgroup;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.quire.audit.AuditActionLabel;

/**
 * The audit log as CSV (RFC 4180: commas, quotes and line breaks quoted). A cell that a spreadsheet
 * would take for a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe,
 * so opening an export can never run what someone typed into a workgroup.
 */
final class AuditLogCsv {

    static final String[] HEADER = {"Time (UTC)", "Person", "Person key", "Action", "Action label", "Object type",
            "Object", "Before", "After", "Client address"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final CSVPrinter printer;

    AuditLogCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    void row(AuditLogEntry entry) throws IOException {
        var event = entry.event();
        printer.printRecord(DateTimeFormatter.ISO_INSTANT.format(event.at()), cell(entry.who()),
                cell(event.actor().toString()), cell(event.action()), cell(AuditActionLabel.of(event.action())),
                cell(event.objectType()), cell(event.objectId()), cell(event.before()), cell(event.after()),
                cell(event.origin()));
    }

    void flush() throws IOException {
        printer.flush();
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
