package org.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quire.proposal.CommentAudience;
import org.quire.proposal.CommentPeriod;
import org.quire.proposal.CommentPeriodId;
import org.quire.proposal.Proposal;
import org.quire.proposal.ProposalId;
import org.quire.proposal.ProposalState;
import org.quire.shared.PersonKey;
import org.quire.workgroup.WorkgroupId;

/** The report's XLSX and CSV files, read back with POI and Commons CSV cell by cell. */
class DispositionReportFilesTest {

    static final PersonKey STAFF = new PersonKey("urn:test", "staff");
    static final PersonKey COMMENTER = new PersonKey("urn:test", "commenter");
    static final Instant OPENS = Instant.parse("2026-11-02T15:00:00Z");

    final DispositionReport report = new DispositionReport(
            new Proposal(new ProposalId("p1"), new WorkgroupId("w1"), "TH-2026-007", "Remote check-ins", List.of(1),
                    ProposalState.REVISING, List.of(), true, OPENS, STAFF, 3),
            new CommentPeriod(new CommentPeriodId("c1"), new ProposalId("p1"), new WorkgroupId("w1"), OPENS,
                    Instant.parse("2026-11-16T17:00:00Z"), CommentAudience.EVERY_COMMENTER, STAFF, OPENS, List.of(),
                    Instant.parse("2026-11-12T09:30:00Z")),
            List.of(row("Society, \"Remote\"", "Intro", "the visit, in \"quotes\"\nand a line break",
                            "=HYPERLINK(\"http://x\")", new Disposition(DispositionKind.ACCEPTED_WITH_MODIFICATION,
                                    "-Shortened.\nSee revision 4.", STAFF, OPENS, 4)),
                    row("Academy", DispositionRow.WHOLE_PROPOSAL, "", "+Fine overall", null)));

    @Test
    void theSpreadsheetHasTitleRowsAFrozenFilteredBoldHeaderAndEveryCellAsText() throws Exception {
        var out = new ByteArrayOutputStream();
        DispositionReportXlsx.write(report, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet(DispositionReportXlsx.SHEET);
            assertThat(text(sheet, 0, 0)).isEqualTo("Disposition report: TH-2026-007 Remote check-ins");
            assertThat(text(sheet, 1, 0)).isEqualTo("Comment period from 2 November 2026, 15:00 UTC to 16 November "
                    + "2026, 17:00 UTC, closed early on 12 November 2026, 09:30 UTC (open to every commenter); "
                    + "1 of 2 disposed");
            assertThat(cells(sheet, 3)).containsExactly("Organization", "Commenter", "Section", "Quoted text",
                    "Comment", "Disposition", "Response", "Resulting revision");
            assertThat(workbook.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:H6");
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(1));

            assertThat(cells(sheet, 4)).containsExactly("Society, \"Remote\"", "Priya Raman", "Intro",
                    "the visit, in \"quotes\"\nand a line break", "=HYPERLINK(\"http://x\")",
                    "Accepted with modification", "-Shortened.\nSee revision 4.", "4");
            assertThat(sheet.getRow(4).getCell(4).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(4).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(4).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(cells(sheet, 5)).containsExactly("Academy", "Priya Raman", "Whole proposal", "", "+Fine overall",
                    "", "", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void theCsvQuotesWhatItMustAndDisarmsFormulas() throws Exception {
        var out = new StringWriter();
        DispositionReportCsv.write(report, out);

        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString()))) {
            assertThat(parser.getHeaderNames()).containsExactly(DispositionReportCsv.HEADER);
            var rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).toList()).containsExactly("Society, \"Remote\"", "Priya Raman", "Intro",
                    "the visit, in \"quotes\"\nand a line break", "'=HYPERLINK(\"http://x\")",
                    "Accepted with modification", "'-Shortened.\nSee revision 4.", "4");
            assertThat(rows.get(1).toList()).containsExactly("Academy", "Priya Raman", "Whole proposal", "",
                    "'+Fine overall", "", "", "");
            assertThat(rows).extracting(CSVRecord::size).containsOnly(8);
        }
    }

    @Test
    void aQuoteLongerThanACellHoldsIsCutAndSaysSo() throws Exception {
        var long_ = new DispositionReport(report.proposal(), report.period(),
                List.of(row("Academy", "Intro", "q".repeat(40_000), "Too long?", null)));
        var out = new ByteArrayOutputStream();
        DispositionReportXlsx.write(long_, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var quote = text(workbook.getSheetAt(0), 4, 3);
            assertThat(quote).hasSize(32_767).endsWith(DispositionReportXlsx.CUT);
        }
    }

    private static DispositionRow row(String organization, String place, String quote, String comment,
            Disposition disposition) {
        var thread = new CommentThread(new ThreadId("t-" + comment.hashCode()), new ProposalId("p1"),
                new WorkgroupId("w1"), new ThreadTarget.WholeProposal(), ThreadStatus.OPEN, COMMENTER, organization,
                OPENS, List.of(new Comment(CommentId.random(), COMMENTER, OPENS, comment, null, null)), null, null,
                disposition, false, 0);
        return new DispositionRow(thread, organization, "Priya Raman", place, quote, comment);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> cells(XSSFSheet sheet, int row) {
        var formatter = new DataFormatter();
        var line = sheet.getRow(row);
        return java.util.stream.IntStream.range(0, 8)
                .mapToObj(column -> line.getCell(column) == null ? "" : formatter.formatCellValue(line.getCell(column)))
                .toList();
    }
}
