package org.quire.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.PathologicalMarkdown;
import org.quire.markdown.SampleProposal;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.markdown.internal.RenderPipeline;
import org.quire.markdown.internal.RenderStages;
import org.quire.shared.InputRejected;

/**
 * Markdown rendering. First a realistic ~100 KB proposal through the whole pipeline (guard,
 * flexmark, sanitizer, headings; the cache is bypassed) against bare flexmark (core, default
 * options) on the same input, the two run in turn, with the memory each rendering allocates and the
 * time of each stage.
 * Then every pathological shape: at the size limit, and at the largest size the guard lets through,
 * refused or rendered and how long it took. Targets: p95 under 15 ms; each pathological input
 * decided within 1 s.
 */
public final class RenderBenchmark implements Runnable {

    private static final double P95_TARGET_MS = 15;
    private static final double PATHOLOGICAL_TARGET_MS = 1000;
    private static final int RUNS = 300;

    private final PathologicalInputGuard guard = new PathologicalInputGuard(MarkdownRenderer.MAX_BYTES);
    private final RenderPipeline pipeline = new RenderPipeline(guard);

    public RenderBenchmark() {
    }

    @Override
    public void run() {
        proposal();
        pathological();
    }

    private void proposal() {
        String proposal = SampleProposal.ofAbout(100 * 1024);
        int bytes = proposal.getBytes(StandardCharsets.UTF_8).length;
        var rendered = pipeline.render(proposal);
        System.out.printf(Locale.ROOT, "data: one proposal of %,d characters (%,d UTF-8 bytes), %,d lines, %,d headings"
                + " -> %,d characters of sanitized HTML%n", proposal.length(), bytes, proposal.lines().count(),
                rendered.headings().size(), rendered.html().html().length());
        var bareParser = Parser.builder().build();
        var bareRenderer = HtmlRenderer.builder().build();
        Runnable bareRendering = () -> bareRenderer.render(bareParser.parse(proposal));
        var timings = Timings.measureAlternately(RUNS, RUNS, "bare flexmark (core, default options)", bareRendering,
                "render+sanitize (Quire pipeline, no cache)", () -> pipeline.render(proposal));
        var bare = timings[0];
        var full = timings[1];
        System.out.println(bare.summary());
        System.out.println(full.summary());
        System.out.println(full.ratioTo(bare));
        System.out.printf(Locale.ROOT, "allocated per rendering: %.1f MB (bare flexmark: %.1f MB)%n",
                allocatedMegabytes(() -> pipeline.render(proposal)), allocatedMegabytes(bareRendering));
        stages(proposal, bytes, bareParser, bareRenderer);
        System.out.printf(Locale.ROOT, "target p95 < %.0f ms: %s%n", P95_TARGET_MS,
                full.percentileMillis(95) < P95_TARGET_MS ? "met" : "MISSED");
    }

    /** Each stage of the pipeline on the same proposal, and bare flexmark's two, to show where the time goes. */
    private void stages(String proposal, int bytes, Parser bareParser, HtmlRenderer bareRenderer) {
        var clock = new StageClock();
        var bareParse = new Timings("bare flexmark: parse", RUNS);
        var bareRender = new Timings("bare flexmark: HTML rendering", RUNS);
        for (int run = 0; run < RUNS; run++) {
            clock.start();
            pipeline.render(proposal, clock);
            long start = System.nanoTime();
            var parsed = bareParser.parse(proposal);
            long parsedAt = System.nanoTime();
            bareRenderer.render(parsed);
            bareParse.add(parsedAt - start);
            bareRender.add(System.nanoTime() - parsedAt);
        }
        double total = 0;
        for (var stage : clock.timings) {
            total += stage.medianMillis();
        }
        System.out.printf(Locale.ROOT, "per stage, %d renderings of the %,d-byte proposal (share of the summed "
                + "medians, %.3f ms):%n", RUNS, bytes, total);
        for (var stage : clock.timings) {
            System.out.printf(Locale.ROOT, "  %s %5.1f %%%n", stage.summary(), 100 * stage.medianMillis() / total);
        }
        System.out.printf(Locale.ROOT, "  %s%n  %s%n", bareParse.summary(), bareRender.summary());
    }

    /** Time from the end of one stage (or the start) to the end of the next, stage by stage. */
    private static final class StageClock implements RenderStages {

        private final Timings[] timings = new Timings[Stage.values().length];
        private long last;

        StageClock() {
            for (var stage : Stage.values()) {
                timings[stage.ordinal()] = new Timings(stage.description(), RUNS);
            }
        }

        void start() {
            last = System.nanoTime();
        }

        @Override
        public void ended(Stage stage) {
            long now = System.nanoTime();
            timings[stage.ordinal()].add(now - last);
            last = now;
        }
    }

    /** Bytes allocated by one run on this thread (after a warm-up run), in MB. */
    private static double allocatedMegabytes(Runnable operation) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        operation.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        operation.run();
        return (threads.getCurrentThreadAllocatedBytes() - before) / 1_000_000.0;
    }

    private void pathological() {
        System.out.printf(Locale.ROOT, "%npathological inputs, each run 3 times (median, slowest); first at the %,d-byte "
                + "limit, then at the largest size the guard accepts:%n", MarkdownRenderer.MAX_BYTES);
        int missed = 0;
        for (var shape : PathologicalMarkdown.SHAPES) {
            String atLimit = shape.atMost(MarkdownRenderer.MAX_BYTES);
            String largestAccepted = shape.atMost(largestAcceptedLength(shape));
            for (String input : atLimit.equals(largestAccepted) ? new String[] {atLimit}
                    : new String[] {atLimit, largestAccepted}) {
                var outcome = threeRuns(input);
                missed += outcome.slowestMillis() < PATHOLOGICAL_TARGET_MS ? 0 : 1;
                System.out.printf(Locale.ROOT, "  %-36s %,9d bytes  %-34s %7.1f ms %7.1f ms%n", shape.name(),
                        input.getBytes(StandardCharsets.UTF_8).length, outcome.what(), outcome.medianMillis(),
                        outcome.slowestMillis());
            }
        }
        System.out.printf(Locale.ROOT, "target each < %.0f ms: %s%n", PATHOLOGICAL_TARGET_MS,
                missed == 0 ? "met" : "MISSED by " + missed);
    }

    private record Outcome(String what, double medianMillis, double slowestMillis) {
    }

    private Outcome threeRuns(String input) {
        String what = "";
        var timings = new Timings(what, 3);
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            try {
                what = String.format(Locale.ROOT, "rendered, %,d chars of HTML", pipeline.render(input).html().html()
                        .length());
            } catch (InputRejected refused) {
                what = "refused";
            }
            timings.add(System.nanoTime() - start);
        }
        return new Outcome(what, timings.medianMillis(), timings.percentileMillis(100));
    }

    /** Binary search on the guard alone, which is cheap: the longest prefix of the shape it accepts. */
    private int largestAcceptedLength(PathologicalMarkdown.Shape shape) {
        int accepted = 0;
        int refused = MarkdownRenderer.MAX_BYTES + 1;
        while (refused - accepted > 1) {
            int length = (accepted + refused) >>> 1;
            try {
                guard.check(shape.atMost(length));
                accepted = length;
            } catch (InputRejected tooMuch) {
                refused = length;
            }
        }
        return accepted;
    }
}
