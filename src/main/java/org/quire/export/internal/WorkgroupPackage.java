package org.quire.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quire.export.ApplicationJson;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.quire.workgroup.Workgroup;

/**
 * The workgroup package being built: a folder per proposal with its DOCX, PDF, HTML and Markdown
 * files at its latest milestone, and a {@code package.json} listing them and the proposals left out.
 */
public final class WorkgroupPackage {

    private static final List<ExportFormat> FILES = List.of(ExportFormat.DOCX, ExportFormat.PDF, ExportFormat.HTML);

    private final Workgroup workgroup;
    private final Map<ExportFormat, ApplicationWriter> writers;
    private final Instant generatedAt;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOut zip;
    private final List<Map<String, Object>> included = new ArrayList<>();
    private final List<Map<String, Object>> skipped = new ArrayList<>();

    public WorkgroupPackage(Workgroup workgroup, Map<ExportFormat, ApplicationWriter> writers, Instant generatedAt) {
        this.workgroup = workgroup;
        this.writers = writers;
        this.generatedAt = generatedAt;
        this.zip = new ZipOut(bytes, MarkdownZipWriter.UNFROZEN);
    }

    /** Adds the proposal's files under a folder named by its number. */
    public void add(CodeChangeApplication application, ExportProgress progress) {
        var folder = folderOf(application.proposalNumber());
        var entry = ApplicationJson.about(application);
        var files = new ArrayList<String>();
        try {
            for (int i = 0; i < FILES.size(); i++) {
                var format = FILES.get(i);
                int step = i;
                var out = new ByteArrayOutputStream();
                writers.get(format).write(application, out,
                        (done, what) -> progress.advance((step + done) / (FILES.size() + 1), what));
                var name = folder + application.baseFileName() + "." + format.extension();
                zip.add(name, out.toByteArray());
                files.add(name);
            }
            var markdown = (MarkdownZipWriter) writers.get(ExportFormat.MARKDOWN_ZIP);
            markdown.write(application, zip, folder + "markdown/",
                    (done, what) -> progress.advance((FILES.size() + done) / (FILES.size() + 1), what));
            files.add(folder + "markdown/");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        entry.put("files", files);
        included.add(entry);
    }

    /** Notes a proposal left out of the package and why ("no milestone yet"). */
    public void skip(String number, String title, String why) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("number", number);
        entry.put("title", title);
        entry.put("why", why);
        skipped.add(entry);
    }

    /** Writes {@code package.json} and ends the archive. */
    public byte[] finish() {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("workgroup", workgroup.name());
        manifest.put("generatedAt", generatedAt.toString());
        manifest.put("proposals", included);
        manifest.put("leftOut", skipped);
        try {
            zip.add("package.json", ApplicationJson.write(manifest));
            zip.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    /** For the audit log: "3 proposals, 1 left out". */
    public String summary() {
        return included.size() + (included.size() == 1 ? " proposal" : " proposals") + ", " + skipped.size()
                + " left out";
    }

    public String fileName() {
        return workgroup.slug() + "-package-" + LocalDate.ofInstant(generatedAt, ZoneOffset.UTC) + ".zip";
    }

    private static String folderOf(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "_") + "/";
    }
}
