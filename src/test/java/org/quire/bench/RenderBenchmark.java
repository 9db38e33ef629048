package org.quire.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.quire.markdown.MarkdownRenderer;
import org.quire.markdown.PathologicalMarkdown;
import org.quire.markdown.SampleProposal;
import org.quire.markdown.internal.PathologicalInputGuard;
import org.quire.markdown.internal.RenderPipeline;
import org.quire.shared.InputRejected;

/**
 * Markdown rendering. First a realistic ~100 KB proposal through the whole pipeline (guard,
 * flexmark, sanitizer, headings; the cache is bypassed) against bare flexmark (core, default
 * options) on the same input. Then every pathological shape: at the size limit, and at the largest
 * size the guard lets through, refused or rendered and how long it took. Targets: p95 under 15 ms;
 * each pathological input decided within 1 s.
 */
public final class RenderBenchmark implements Runnable {

    private static final double P95_TARGET_MS = 15;
    private static final double PATHOLOGICAL_TARGET_MS = 1000;

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
        var rendered = pipeline.render(proposal);
        System.out.printf(Locale.ROOT, "data: one proposal of %,d characters (%,d UTF-8 bytes), %,d lines, %,d headings"
                + " -> %,d characters of sanitized HTML%n", proposal.length(),
                proposal.getBytes(StandardCharsets.UTF_8).length, proposal.lines().count(), rendered.headings().size(),
                rendered.html().html().length());
        var bareParser = Parser.builder().build();
        var bareRenderer = HtmlRenderer.builder().build();
        var bare = Timings.measure("bare flexmark (core, default options)", 300, 300,
                () -> bareRenderer.render(bareParser.parse(proposal)));
        var full = Timings.measure("render+sanitize (Quire pipeline, no cache)", 300, 300,
                () -> pipeline.render(proposal));
        System.out.println(bare.summary());
        System.out.println(full.summary());
        System.out.println(full.ratioTo(bare));
        System.out.printf(Locale.ROOT, "target p95 < %.0f ms: %s%n", P95_TARGET_MS,
                full.percentileMillis(95) < P95_TARGET_MS ? "met" : "MISSED");
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
