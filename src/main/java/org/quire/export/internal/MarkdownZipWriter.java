package org.quire.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.quire.export.ApplicationJson;
import org.quire.export.CodeChangeApplication;
import org.quire.export.DescriptorSetDocument;
import org.quire.export.ExportFormat;
import org.quire.export.ExportProgress;
import org.springframework.stereotype.Component;

/**
 * The application as plain files in a ZIP: one Markdown file per section (its text exactly as
 * saved), the descriptor set as Markdown and as JSON, the disposition reports if asked for, and a
 * {@code manifest.json} naming every file with the revision it holds.
 */
@Component
public class MarkdownZipWriter implements ApplicationWriter {

    /** Entry times for the current heads, which have no milestone time (DOS times start in 1980). */
    static final Instant UNFROZEN = Instant.parse("2000-01-01T00:00:00Z");

    @Override
    public ExportFormat format() {
        return ExportFormat.MARKDOWN_ZIP;
    }

    @Override
    public void write(CodeChangeApplication application, OutputStream out, ExportProgress progress)
            throws IOException {
        try (var zip = new ZipOut(out, entryTime(application))) {
            write(application, zip, "", progress);
        }
    }

    /** Writes the files under {@code folder} ("" or ending in "/"), as the workgroup package does too. */
    void write(CodeChangeApplication application, ZipOut zip, String folder, ExportProgress progress)
            throws IOException {
        var manifest = ApplicationJson.about(application);
        var files = new ArrayList<Map<String, Object>>();
        var sections = application.inApplicationOrder();
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            progress.advance((double) i / (sections.size() + 1), section.title());
            var file = String.format(Locale.ROOT, "%02d-%s.md", i + 1, slug(section.title()));
            zip.add(folder + file, section.markdown());
            var entry = new LinkedHashMap<String, Object>();
            entry.put("file", file);
            entry.putAll(ApplicationJson.section(section));
            files.add(entry);
        }
        manifest.put("sections", files);
        progress.advance((double) sections.size() / (sections.size() + 1), "Code descriptors");
        zip.add(folder + "descriptors.md", DescriptorMarkdown.of(application.descriptors()));
        zip.add(folder + "descriptors.json", ApplicationJson.write(
                DescriptorSetDocument.of(application.descriptors(), application.descriptorRevision())));
        var descriptors = new LinkedHashMap<String, Object>();
        descriptors.put("markdown", "descriptors.md");
        descriptors.put("json", "descriptors.json");
        descriptors.put("revision", application.descriptorRevision());
        manifest.put("descriptors", descriptors);
        if (!application.dispositions().isEmpty()) {
            zip.add(folder + "dispositions.md", DispositionMarkdown.of(application.dispositions()));
            manifest.put("dispositions", "dispositions.md");
        }
        zip.add(folder + "manifest.json", ApplicationJson.write(manifest));
    }

    static Instant entryTime(CodeChangeApplication application) {
        return application.frozenAt() == null ? UNFROZEN : application.frozenAt();
    }

    static String slug(String title) {
        var slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug.substring(0, Math.min(60, slug.length()));
    }
}
