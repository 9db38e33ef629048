package org.quire.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.quire.export.CodeChangeApplication;
import org.quire.export.ExportProgress;
import org.quire.export.SampleApplications;
import org.quire.export.internal.ApplicationWriter;
import org.quire.export.internal.DocxApplicationWriter;
import org.quire.export.internal.MarkdownZipWriter;
import org.quire.export.internal.PdfApplicationWriter;

/**
 * The Code Change Application of a 50-page proposal with 40 descriptors written as DOCX and as PDF
 * (the writers only: reading the milestone is the store's business and measured elsewhere), each
 * run in turn with the Markdown ZIP of the same application as the baseline, with the memory each
 * export allocates and the heap's peak while one runs. Targets: DOCX under 2 s, PDF under 4 s.
 */
public final class ExportBenchmark implements Runnable {

    private static final double DOCX_TARGET_MS = 2_000;
    private static final double PDF_TARGET_MS = 4_000;
    private static final int WARMUP = 3;
    private static final int RUNS = 10;

    private final CodeChangeApplication application = SampleApplications.large(50, 40);

    @Override
    public void run() {
        var baseline = new MarkdownZipWriter();
        var docx = new DocxApplicationWriter();
        var pdf = new PdfApplicationWriter();
        var pdfBytes = write(pdf);
        System.out.printf(Locale.ROOT, "data: %d sections, %,d characters of Markdown, %d descriptors -> DOCX %,d "
                + "bytes, PDF %,d bytes and %d pages, Markdown ZIP %,d bytes%n", application.sections().size(),
                application.sections().stream().mapToInt(section -> section.markdown().length()).sum(),
                application.descriptors().descriptors().size(), write(docx).length, pdfBytes.length,
                pages(pdfBytes), write(baseline).length);
        measure("DOCX", docx, baseline, DOCX_TARGET_MS);
        measure("PDF", pdf, baseline, PDF_TARGET_MS);
    }

    private void measure(String name, ApplicationWriter writer, ApplicationWriter baseline, double targetMs) {
        var timings = Timings.measureAlternately(WARMUP, RUNS, "baseline: Markdown ZIP", () -> write(baseline),
                name, () -> write(writer));
        System.out.println(timings[0].summary());
        System.out.println(timings[1].summary());
        System.out.println(timings[1].ratioTo(timings[0]));
        System.out.printf(Locale.ROOT, "%s: allocated per export %.1f MB; heap peak while one runs %.1f MB%n", name,
                allocatedMegabytes(() -> write(writer)), peakHeapMegabytes(() -> write(writer)));
        System.out.printf(Locale.ROOT, "target %s median < %.0f ms: %s%n", name, targetMs,
                timings[1].medianMillis() < targetMs ? "met" : "MISSED");
    }

    private byte[] write(ApplicationWriter writer) {
        var out = new ByteArrayOutputStream();
        try {
            writer.write(application, out, ExportProgress.NONE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static double allocatedMegabytes(Runnable operation) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        operation.run();
        return (threads.getCurrentThreadAllocatedBytes() - before) / 1_000_000.0;
    }

    /**
     * The heap in use at its highest while {@code operation} ran, after a collection beforehand: the
     * sum of each heap pool's peak, an upper bound (the pools need not peak at the same moment).
     */
    private static double peakHeapMegabytes(Runnable operation) {
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        operation.run();
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1_000_000.0;
    }
}
